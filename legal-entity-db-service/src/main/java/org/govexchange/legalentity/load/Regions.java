package org.govexchange.legalentity.load;

import java.util.List;

/** Real county-level administrative division codes (GB/T 2260) for synthetic entities and their representatives. */
final class Regions {

    /**
     * @param code the 6-digit division code
     * @param name province, city and district, as addresses start
     * @param city the city, as names and authorities start (福州 → 福州鑫源科技有限公司, 福州市市场监督管理局)
     * @param district the district or county
     */
    record Region(String code, String name, String city, String district) {}

    static final List<Region> ALL = List.of(
            new Region("110101", "北京市东城区", "北京", "东城区"),
            new Region("110102", "北京市西城区", "北京", "西城区"),
            new Region("110105", "北京市朝阳区", "北京", "朝阳区"),
            new Region("110108", "北京市海淀区", "北京", "海淀区"),
            new Region("120101", "天津市和平区", "天津", "和平区"),
            new Region("130102", "河北省石家庄市长安区", "石家庄", "长安区"),
            new Region("140105", "山西省太原市小店区", "太原", "小店区"),
            new Region("150102", "内蒙古自治区呼和浩特市新城区", "呼和浩特", "新城区"),
            new Region("210102", "辽宁省沈阳市和平区", "沈阳", "和平区"),
            new Region("220102", "吉林省长春市南关区", "长春", "南关区"),
            new Region("230102", "黑龙江省哈尔滨市道里区", "哈尔滨", "道里区"),
            new Region("310101", "上海市黄浦区", "上海", "黄浦区"),
            new Region("310104", "上海市徐汇区", "上海", "徐汇区"),
            new Region("310115", "上海市浦东新区", "上海", "浦东新区"),
            new Region("320102", "江苏省南京市玄武区", "南京", "玄武区"),
            new Region("320505", "江苏省苏州市虎丘区", "苏州", "虎丘区"),
            new Region("330102", "浙江省杭州市上城区", "杭州", "上城区"),
            new Region("330106", "浙江省杭州市西湖区", "杭州", "西湖区"),
            new Region("330203", "浙江省宁波市海曙区", "宁波", "海曙区"),
            new Region("340102", "安徽省合肥市瑶海区", "合肥", "瑶海区"),
            new Region("350102", "福建省福州市鼓楼区", "福州", "鼓楼区"),
            new Region("350103", "福建省福州市台江区", "福州", "台江区"),
            new Region("350104", "福建省福州市仓山区", "福州", "仓山区"),
            new Region("350111", "福建省福州市晋安区", "福州", "晋安区"),
            new Region("350121", "福建省福州市闽侯县", "福州", "闽侯县"),
            new Region("350181", "福建省福清市", "福清", "福清市"),
            new Region("350203", "福建省厦门市思明区", "厦门", "思明区"),
            new Region("360102", "江西省南昌市东湖区", "南昌", "东湖区"),
            new Region("370102", "山东省济南市历下区", "济南", "历下区"),
            new Region("370202", "山东省青岛市市南区", "青岛", "市南区"),
            new Region("410102", "河南省郑州市中原区", "郑州", "中原区"),
            new Region("420102", "湖北省武汉市江岸区", "武汉", "江岸区"),
            new Region("430102", "湖南省长沙市芙蓉区", "长沙", "芙蓉区"),
            new Region("440103", "广东省广州市荔湾区", "广州", "荔湾区"),
            new Region("440104", "广东省广州市越秀区", "广州", "越秀区"),
            new Region("440305", "广东省深圳市南山区", "深圳", "南山区"),
            new Region("450102", "广西壮族自治区南宁市兴宁区", "南宁", "兴宁区"),
            new Region("460105", "海南省海口市秀英区", "海口", "秀英区"),
            new Region("500103", "重庆市渝中区", "重庆", "渝中区"),
            new Region("510104", "四川省成都市锦江区", "成都", "锦江区"),
            new Region("510107", "四川省成都市武侯区", "成都", "武侯区"),
            new Region("520102", "贵州省贵阳市南明区", "贵阳", "南明区"),
            new Region("530102", "云南省昆明市五华区", "昆明", "五华区"),
            new Region("540102", "西藏自治区拉萨市城关区", "拉萨", "城关区"),
            new Region("610102", "陕西省西安市新城区", "西安", "新城区"),
            new Region("610113", "陕西省西安市雁塔区", "西安", "雁塔区"),
            new Region("620102", "甘肃省兰州市城关区", "兰州", "城关区"),
            new Region("630102", "青海省西宁市城东区", "西宁", "城东区"),
            new Region("640104", "宁夏回族自治区银川市兴庆区", "银川", "兴庆区"),
            new Region("650102", "新疆维吾尔自治区乌鲁木齐市天山区", "乌鲁木齐", "天山区"));

    private Regions() {}
}
