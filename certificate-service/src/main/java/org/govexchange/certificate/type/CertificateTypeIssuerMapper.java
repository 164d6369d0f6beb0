package org.govexchange.certificate.type;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import org.apache.ibatis.annotations.Mapper;

@Mapper
public interface CertificateTypeIssuerMapper extends BaseMapper<CertificateTypeIssuer> {}
