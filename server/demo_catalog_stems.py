"""The name stems of the demo catalog: one realistic resource per line of work, with its metadata.

A :class:`Stem` is what a catalog entry of the national guide says about one kind of resource:
name, the department line that provides it, catalog type and classification (类/项/目), share
attribute with its legal basis and conditions (R10), share method, usage scope (R4), update
cycle, format, and its data items (names of :mod:`server.demo_catalog_items`). The generator in
:mod:`server.demo_catalog` varies stems by region, year and form to fill a catalog of any size.

The legal bases cite real instruments by name; article numbers are plausible, not checked against
the gazette — this is demo data, not legal advice.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.models.enums import (
    CatalogType,
    OpenAttribute,
    ShareAttribute,
    ShareMethodKind,
    UpdateCycle,
)

_B, _T, _D = CatalogType.BASIC, CatalogType.THEMATIC, CatalogType.DEPARTMENTAL
_U, _C, _N = ShareAttribute.UNCONDITIONAL, ShareAttribute.CONDITIONAL, ShareAttribute.NOT_SHARED
_API, _DB, _FILE = ShareMethodKind.INTERFACE, ShareMethodKind.DATABASE, ShareMethodKind.FILE
_RT, _DAY, _MON = UpdateCycle.REALTIME, UpdateCycle.DAILY, UpdateCycle.MONTHLY
_QTR, _YEAR = UpdateCycle.QUARTERLY, UpdateCycle.YEARLY

PIPL = "《中华人民共和国个人信息保护法》第十三条、第三十四条"
BASES: dict[str, str] = {
    "id": f"《中华人民共和国居民身份证法》第十三条、第十九条；{PIPL}",
    "hukou": f"《中华人民共和国户口登记条例》第四条；{PIPL}",
    "vehicle": "《中华人民共和国道路交通安全法》第八条、第十二条",
    "market": "《中华人民共和国市场主体登记管理条例》第三十五条；《企业信息公示暂行条例》第六条",
    "food": "《中华人民共和国食品安全法》第三十五条；《企业信息公示暂行条例》第六条",
    "insurance": f"《中华人民共和国社会保险法》第七十四条、第八十一条；{PIPL}",
    "property": "《不动产登记暂行条例》第二十七条、第二十八条；《不动产登记资料查询暂行办法》",
    "land": "《中华人民共和国土地管理法》第五十四条；《中华人民共和国城乡规划法》第四十条",
    "mineral": "《中华人民共和国矿产资源法》第三条；《矿业权出让交易规则》",
    "birth": f"《中华人民共和国母婴保健法》第二十三条；{PIPL}",
    "clinic": "《医疗机构管理条例》第十五条；《中华人民共和国医师法》第十四条",
    "record": (
        "《中华人民共和国基本医疗卫生与健康促进法》第九十二条；《医疗机构病历管理规定》第六条"
    ),
    "marriage": f"《婚姻登记条例》第二条；《中华人民共和国民法典》第一千零四十九条；{PIPL}",
    "assistance": f"《社会救助暂行办法》第六十一条、第六十六条；{PIPL}",
    "org": "《社会团体登记管理条例》第二十八条；《民办非企业单位登记管理暂行条例》",
    "school": f"《中华人民共和国教育法》第二十九条；《中小学生学籍管理办法》第二十三条；{PIPL}",
    "fund": f"《住房公积金管理条例》第三十二条；{PIPL}",
    "tax": "《中华人民共和国税收征收管理法》第八条、第十七条；《纳税信用管理办法》第三十五条",
    "road": "《中华人民共和国道路运输条例》第八条、第二十四条",
    "medical": "《医疗保障基金使用监督管理条例》第十一条；《中华人民共和国数据安全法》第三十八条",
    "lawyer": "《中华人民共和国律师法》第二十四条；《中华人民共和国公证法》第十三条",
    "pollution": "《排污许可管理条例》第十九条；《中华人民共和国环境保护法》第五十四条",
    "stats": "《中华人民共和国统计法》第九条、第二十五条",
}

_ID_CHECK = "仅限具有身份核验职责的部门在办理政务服务事项时逐人核验，不得批量下载或留存照片。"
_DUTY = "仅限具有相应法定职责的部门在职责范围内逐条查询，批量获取须说明依据并经书面同意。"
_PRIVATE = "涉及个人隐私，仅向承担相关审核、救助或监管职责的部门提供，使用记录留存三年。"
_STATEWIDE = "全省各级政务部门"
_DUTY_SCOPE = "具有相应法定职责的省、市、县三级政务部门"


@dataclass(frozen=True, slots=True)
class Stem:
    """One kind of resource (see the module docstring); ``withheld`` items are not shared."""

    name: str
    kind: str
    catalog_type: CatalogType
    item: str
    section: str
    attribute: ShareAttribute
    basis: str
    conditions: str
    method: ShareMethodKind
    cycle: UpdateCycle
    open_attribute: OpenAttribute
    scope: str
    summary: str
    items: tuple[str, ...]
    withheld: tuple[str, ...] = ()

    @property
    def format(self) -> str:
        return {_API: "接口（JSON）", _DB: "数据库（关系型库表）", _FILE: "电子文件（OFD/XLSX）"}[
            self.method
        ]


def _stem(  # noqa: PLR0917 - a table row, read positionally
    name: str, kind: str, ctype: CatalogType, code: str, attribute: ShareAttribute, basis: str,
    conditions: str, method: ShareMethodKind, cycle: UpdateCycle, summary: str, items: str,
    withheld: str = "", scope: str = "",
) -> Stem:  # fmt: skip
    open_attribute = {
        _U: OpenAttribute.CONDITIONAL_OPEN if ctype is _B else OpenAttribute.OPEN,
        _C: OpenAttribute.NOT_OPEN,
        _N: OpenAttribute.NOT_OPEN,
    }[attribute]
    return Stem(
        name=name, kind=kind, catalog_type=ctype, item=code[:2], section=code[2:],
        attribute=attribute, basis=BASES[basis],
        conditions=conditions if attribute is _C else "",
        method=method, cycle=cycle, open_attribute=open_attribute,
        scope=scope or (_STATEWIDE if attribute is _U else _DUTY_SCOPE),
        summary=summary, items=tuple(items.split()), withheld=tuple(withheld.split()),
    )  # fmt: skip


_P = "姓名 公民身份号码 性别 民族 出生日期"
_CO = "统一社会信用代码 企业名称 法定代表人 企业类型 住所 登记机关 登记状态"
_LIC = (
    "许可证编号 许可事项 许可内容 持证主体名称 持证主体代码 "
    "发证日期 有效期自 有效期至 发证机关 证照状态"
)
_META = "数据更新时间 数据来源 所属行政区划"

STEMS: tuple[Stem, ...] = (
    _stem("居民身份证信息", "police", _B, "01001", _C, "id", _ID_CHECK, _API, _RT,
          "全省户籍人口居民身份证登记信息，用于政务服务中的身份核验。",
          f"{_P} 出生地 住址 签发机关 有效期限起始日期 有效期限截止日期 证件照片 {_META}",
          withheld="证件照片"),
    _stem("户籍人口基本信息", "police", _B, "01002", _C, "hukou", _DUTY, _API, _DAY,
          "全省户籍人口的户籍登记基本信息，含户号、户主关系与迁移记录。",
          f"{_P} 籍贯 住址 文化程度 婚姻状况 服务处所 户号 户主姓名 与户主关系 户口类别 "
          f"户籍地址 兵役状况 户籍登记机关 {_META}", withheld="兵役状况"),
    _stem("户籍迁移信息", "police", _D, "01001", _C, "hukou", _DUTY, _DB, _DAY,
          "户口迁入、迁出登记记录。",
          f"{_P} 户号 户籍地址 迁入日期 迁入原因 迁出日期 迁往地址 户籍登记机关 {_META}"),
    _stem("人口死亡注销信息", "police", _D, "01002", _C, "hukou", _PRIVATE, _DB, _DAY,
          "因死亡注销户口的人员信息，用于停发待遇、清理救助对象。",
          f"{_P} 住址 死亡注销日期 户籍登记机关 {_META}"),
    _stem("机动车登记信息", "police", _D, "01003", _C, "vehicle", _DUTY, _API, _DAY,
          "全省登记机动车的号牌、所有人与检验状态。",
          "号牌号码 号牌种类 车辆类型 车辆识别代号 所有人 初次登记日期 检验有效期止 机动车状态 "
          f"{_META}"),
    _stem("居民身份证照片信息", "police", _D, "01004", _N, "id", "", _API, _RT,
          "居民身份证登记照片原始影像，依法不向其他部门提供。",
          f"姓名 公民身份号码 证件照片 签发机关 {_META}"),
    _stem("企业登记信息", "market", _B, "02001", _U, "market", "", _API, _DAY,
          "全省各类企业的设立、变更、注销登记信息。",
          f"{_CO} 法定代表人证件号码 注册资本 成立日期 营业期限自 营业期限至 经营范围 核准日期 "
          f"行业门类 注销日期 {_META}"),
    _stem("营业执照信息", "market", _B, "05001", _U, "market", "", _API, _RT,
          "市场主体电子营业执照照面信息。",
          f"{_CO} 注册资本 成立日期 营业期限自 营业期限至 经营范围 电子证照标识 {_META}"),
    _stem("个体工商户登记信息", "market", _D, "02001", _U, "market", "", _DB, _DAY,
          "全省个体工商户登记信息。", f"{_CO} 成立日期 经营范围 核准日期 {_META}"),
    _stem("食品经营许可信息", "market", _D, "02002", _U, "food", "", _API, _DAY,
          "食品经营许可证核发、变更、注销信息。", f"{_LIC} 统一社会信用代码 住所 {_META}"),
    _stem("企业法定代表人身份信息", "market", _D, "02003", _C, "market", _DUTY, _API, _DAY,
          "企业法定代表人及主要人员身份信息。",
          f"{_CO} 法定代表人证件号码 联系电话 {_META}", withheld="联系电话"),
    _stem("社会保险参保信息", "hrss", _T, "01001", _C, "insurance", _DUTY, _API, _DAY,
          "企业职工和城乡居民社会保险参保缴费信息。",
          "姓名 公民身份号码 个人编号 险种类型 参保状态 参保单位名称 参保单位编号 首次参保日期 "
          f"缴费基数 累计缴费月数 缴费起始年月 缴费截止年月 {_META}", withheld="缴费基数"),
    _stem("养老保险待遇领取信息", "hrss", _T, "01002", _C, "insurance", _PRIVATE, _DB, _MON,
          "基本养老保险待遇领取人员与发放信息。",
          f"姓名 公民身份号码 个人编号 待遇领取状态 离退休日期 月养老金 {_META}"),
    _stem("社会保障卡信息", "hrss", _T, "01003", _C, "insurance", _ID_CHECK, _API, _RT,
          "社会保障卡持卡与卡状态信息。",
          f"姓名 公民身份号码 社会保障卡号 个人编号 发证日期 证照状态 {_META}"),
    _stem("职业资格证书信息", "hrss", _B, "05002", _U, "insurance", "", _API, _DAY,
          "职业资格和职业技能等级证书信息。", f"姓名 公民身份号码 {_LIC} {_META}"),
    _stem("失业登记信息", "hrss", _D, "03001", _C, "insurance", _DUTY, _DB, _DAY,
          "城镇登记失业人员信息。",
          f"{_P} 住址 文化程度 参保状态 联系电话 {_META}", withheld="联系电话"),
    _stem("不动产登记信息", "land", _B, "03001", _C, "property", _DUTY, _API, _RT,
          "全省不动产权利及抵押、查封登记信息。",
          "不动产单元号 不动产权证书号 权利人 权利人证件号码 共有情况 坐落 权利类型 权利性质 用途 "
          f"面积 使用期限 登记时间 抵押状态 查封状态 登记机构 {_META}"),
    _stem("国有建设用地使用权出让信息", "land", _B, "03002", _U, "land", "", _DB, _MON,
          "国有建设用地使用权出让结果信息。",
          f"宗地代码 宗地面积 土地用途 土地等级 坐落 权利人 使用期限 项目名称 {_META}"),
    _stem("建设工程规划许可信息", "land", _D, "04001", _U, "land", "", _DB, _DAY,
          "建设工程规划许可证核发信息。",
          "规划许可证号 项目名称 建设单位 "
          f"坐落 面积 发证日期 {_META}"),
    _stem("采矿权登记信息", "land", _D, "04002", _U, "mineral", "", _FILE, _QTR,
          "采矿权设立、延续、变更登记信息。",
          "许可证编号 矿业权人 坐落 "
          f"面积 许可证有效期 {_META}"),
    _stem("出生医学证明", "health", _B, "05003", _C, "birth", _PRIVATE, _API, _DAY,
          "出生医学证明签发信息，用于户口登记、社保参保和生育服务。",
          "出生医学证明编号 新生儿姓名 新生儿性别 出生时间 出生地点 出生孕周 出生体重 母亲姓名 "
          f"母亲身份证件号码 父亲姓名 父亲身份证件号码 助产机构名称 签发日期 {_META}",
          withheld="出生孕周 出生体重"),
    _stem("医疗机构执业登记信息", "health", _D, "05001", _U, "clinic", "", _DB, _DAY,
          "医疗机构执业许可证登记信息。",
          f"机构名称 登记号 机构类别 诊疗科目 床位数 统一社会信用代码 住所 发证日期 {_META}"),
    _stem("医师执业注册信息", "health", _D, "05002", _U, "clinic", "", _API, _DAY,
          "医师执业注册信息。", f"医师姓名 医师执业证书编码 执业类别 执业范围 执业地点 {_META}"),
    _stem("个人诊疗记录", "health", _D, "05003", _N, "record", "", _DB, _DAY,
          "医疗机构的门诊与住院诊疗记录，依法不予共享。",
          f"姓名 公民身份号码 机构名称 就诊日期 {_META}"),
    _stem("婚姻登记信息", "civil", _B, "01003", _C, "marriage", _PRIVATE, _API, _DAY,
          "结婚、离婚及补领婚姻登记证信息。",
          "登记类别 男方姓名 男方身份证件号码 女方姓名 "
          "女方身份证件号码 登记日期 婚姻登记机关 证件字号 "
          f"{_META}"),
    _stem("低保救助对象信息", "civil", _T, "07001", _C, "assistance", _PRIVATE, _DB, _MON,
          "城乡最低生活保障对象及保障金发放信息。",
          "救助对象类别 户主姓名 户主身份证件号码 家庭人口数 保障人口数 月保障金额 保障起始日期 "
          f"保障终止日期 家庭住址 审批机关 救助状态 {_META}", withheld="家庭住址"),
    _stem("特困人员救助供养信息", "civil", _T, "07002", _C, "assistance", _PRIVATE, _DB, _MON,
          "特困人员认定与供养信息。",
          f"{_P} 救助对象类别 月保障金额 保障起始日期 审批机关 救助状态 {_META}"),
    _stem("社会组织登记信息", "civil", _D, "06001", _U, "org", "", _API, _DAY,
          "社会团体、民办非企业单位和基金会登记信息。",
          f"社会组织名称 统一社会信用代码 法定代表人 业务主管单位 登记管理机关 活动地域 年检结论 "
          f"{_META}"),
    _stem("学籍信息", "edu", _T, "03001", _C, "school", _PRIVATE, _API, _DAY,
          "全省中小学生学籍信息。",
          "学籍号 学生姓名 公民身份号码 性别 学校名称 "
          f"学校标识码 学段 年级 入学日期 学籍状态 {_META}"),
    _stem("学历证书信息", "edu", _B, "05004", _U, "school", "", _API, _YEAR,
          "中等职业学校与高等学校毕业证书信息。",
          f"学生姓名 公民身份号码 学校名称 学历层次 专业名称 毕业日期 毕业证书编号 {_META}"),
    _stem("住房公积金缴存信息", "housing", _T, "01004", _C, "fund", _DUTY, _API, _DAY,
          "职工住房公积金缴存与贷款信息。",
          "姓名 公民身份号码 住房公积金账号 缴存单位名称 缴存状态 "
          "缴存基数 月缴存额 账户余额 贷款状态 "
          f"{_META}", withheld="账户余额"),
    _stem("商品房预售许可信息", "housing", _D, "07001", _U, "land", "", _DB, _DAY,
          "商品房预售许可证核发信息。", f"{_LIC} 项目名称 坐落 面积 {_META}"),
    _stem("纳税信用等级信息", "tax", _B, "04001", _U, "tax", "", _DB, _YEAR,
          "纳税人年度纳税信用评价结果。",
          f"纳税人识别号 纳税人名称 纳税信用等级 评价年度 主管税务机关 {_META}"),
    _stem("纳税人完税信息", "tax", _D, "08001", _C, "tax", _DUTY, _API, _DAY,
          "纳税人分税种完税记录。",
          "纳税人识别号 纳税人名称 税种 所属期起 "
          f"所属期止 实缴税额 完税证明编号 主管税务机关 {_META}"),
    _stem("涉税明细数据", "tax", _D, "08002", _N, "tax", "", _DB, _DAY,
          "纳税申报明细，依《税收征收管理法》第八条保密，不予共享。",
          f"纳税人识别号 纳税人名称 登记注册类型 税种 实缴税额 欠税余额 {_META}"),
    _stem("道路运输经营许可信息", "transport", _D, "09001", _U, "road", "", _DB, _DAY,
          "道路旅客、货物运输经营许可信息。", f"{_LIC} 道路运输证号 {_META}"),
    _stem("道路运输从业人员资格信息", "transport", _D, "09002", _C, "road", _DUTY, _API, _DAY,
          "道路运输驾驶员从业资格证信息。",
          f"{_P} 从业资格证号 发证日期 "
          f"有效期至 证照状态 {_META}"),
    _stem("医保参保信息", "medical", _T, "02001", _C, "medical", _DUTY, _API, _DAY,
          "基本医疗保险参保缴费信息。",
          f"姓名 公民身份号码 个人编号 参保状态 参保单位名称 缴费起始年月 {_META}"),
    _stem("医保结算明细", "medical", _T, "02002", _N, "medical", "", _DB, _DAY,
          "医保基金结算明细，含个人诊疗信息，不予共享。",
          f"姓名 公民身份号码 机构名称 就诊日期 医保结算金额 {_META}"),
    _stem("律师执业信息", "justice", _D, "10001", _U, "lawyer", "", _API, _DAY,
          "律师执业证及执业机构信息。", f"姓名 律师执业证号 执业机构 发证日期 证照状态 {_META}"),
    _stem("公证书信息", "justice", _D, "10002", _C, "lawyer", _DUTY, _API, _DAY,
          "公证书出具信息，用于核验公证文书。",
          "公证书编号 执业机构 姓名 "
          f"公民身份号码 发证日期 {_META}"),
    _stem("排污许可信息", "env", _T, "05001", _U, "pollution", "", _DB, _DAY,
          "排污单位许可证核发信息。",
          "排污许可证编号 企业名称 统一社会信用代码 "
          f"住所 有效期至 {_META}"),
    _stem("重点污染源自动监测信息", "env", _T, "05002", _U, "pollution", "", _API, _RT,
          "重点排污单位自动监测数据。",
          "企业名称 统一社会信用代码 "
          "监测点位 数据更新时间 所属行政区划"),
    _stem("国民经济主要指标", "stats", _D, "11001", _U, "stats", "", _FILE, _MON,
          "全省及市州国民经济主要统计指标。", "统计年度 指标名称 指标数值 计量单位 所属行政区划"),
    _stem("统计调查对象原始资料", "stats", _D, "11002", _N, "stats", "", _DB, _YEAR,
          "统计调查中的单个调查对象资料，依《统计法》第九条保密，不予共享。",
          f"统计年度 企业名称 统一社会信用代码 指标名称 指标数值 {_META}"),
)  # fmt: skip
