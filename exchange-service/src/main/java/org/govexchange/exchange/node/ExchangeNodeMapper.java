package org.govexchange.exchange.node;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Mapper;

@Mapper
public interface ExchangeNodeMapper extends BaseMapper<ExchangeNode> {}
