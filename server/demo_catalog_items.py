"""The data items (信息项) of the demo catalog, grouped by the records they describe.

Each line reads ``名称|代码|类型长度|说明``: the type letter is ``s`` text, ``n`` number,
``d`` date, ``t`` date and time, ``b`` yes/no, ``x`` binary, followed by the length where the
type has one (``s18`` is text of 18 characters). Codes follow the pinyin-initial habit of
provincial catalogs (公民身份号码 → ``GMSFHM``). :func:`items` turns a group into
:class:`~app.models.entities.DataItem` values, built once and shared by every entry that lists them.
"""

from __future__ import annotations

from functools import cache

from app.models.entities import DataItem
from app.models.enums import DataItemType

_TYPES = {
    "s": DataItemType.STRING,
    "n": DataItemType.NUMBER,
    "d": DataItemType.DATE,
    "t": DataItemType.DATETIME,
    "b": DataItemType.BOOLEAN,
    "x": DataItemType.BINARY,
}

GROUPS: dict[str, str] = {
    "person": """
姓名|XM|s50|公民在户籍登记中的姓名
公民身份号码|GMSFHM|s18|18位公民身份号码，GB 11643
性别|XB|s1|GB/T 2261.1 人的性别代码
民族|MZ|s2|GB/T 3304 中国各民族名称的罗马字母拼写法和代码
出生日期|CSRQ|d|公历出生日期
出生地|CSD|s200|出生地行政区划及详址
籍贯|JG|s100|籍贯行政区划名称
住址|ZZ|s200|户籍登记住址
文化程度|WHCD|s2|GB/T 4658 学历代码
婚姻状况|HYZK|s2|GB/T 2261.2 婚姻状况代码
服务处所|FWCS|s200|工作单位名称
签发机关|QFJG|s100|居民身份证签发公安机关
有效期限起始日期|YXQXQSRQ|d|居民身份证有效期限起始日期
有效期限截止日期|YXQXJZRQ|d|居民身份证有效期限截止日期，长期为空
证件照片|ZJZP|x|居民身份证登记照片，JPEG
联系电话|LXDH|s20|本人登记的联系电话
""",
    "household": """
户号|HH|s20|户口簿户号
户主姓名|HZXM|s50|户主的姓名
与户主关系|YHZGX|s2|GA 220.2 家庭关系代码
户口类别|HKLB|s1|家庭户或集体户
户籍地址|HJDZ|s200|户口所在地详址
迁入日期|QRRQ|d|迁入本户籍地日期
迁入原因|QRYY|s2|迁入原因代码
迁出日期|QCRQ|d|迁出本户籍地日期
迁往地址|QWDZ|s200|迁往地行政区划及详址
兵役状况|BYZK|s1|GB/T 2261.6 兵役状况代码
死亡注销日期|SWZXRQ|d|因死亡注销户口的日期
户籍登记机关|HJDJJG|s100|户籍所在地公安派出所
""",
    "company": """
统一社会信用代码|TYSHXYDM|s18|GB 32100 法人和其他组织统一社会信用代码
企业名称|QYMC|s200|登记的市场主体名称
法定代表人|FDDBR|s50|法定代表人或负责人姓名
法定代表人证件号码|FDDBRZJHM|s18|法定代表人身份证件号码
企业类型|QYLX|s4|市场主体类型代码
注册资本|ZCZB|n18|注册资本（万元）
成立日期|CLRQ|d|营业执照首次签发日期
营业期限自|YYQXZ|d|营业期限起始日期
营业期限至|YYQXZZ|d|营业期限截止日期，长期为空
经营范围|JYFW|s4000|登记的经营范围
住所|ZS|s200|登记住所或主要经营场所
登记机关|DJJG|s100|作出登记的市场监督管理部门
核准日期|HZRQ|d|最近一次核准登记的日期
登记状态|DJZT|s2|存续、在业、吊销、注销、迁出
行业门类|HYML|s1|GB/T 4754 国民经济行业门类
注销日期|ZXRQ|d|注销登记日期
""",
    "licence": """
许可证编号|XKZBH|s50|行政许可证件编号
许可事项|XKSX|s200|许可的事项名称
许可内容|XKNR|s1000|许可的范围和内容
持证主体名称|CZZTMC|s200|被许可的单位或个人
持证主体代码|CZZTDM|s18|统一社会信用代码或公民身份号码
发证日期|FZRQ|d|证照签发日期
有效期自|YXQZ|d|许可有效期起始日期
有效期至|YXQZZ|d|许可有效期截止日期
发证机关|FZJG|s100|作出许可决定的机关
证照状态|ZZZT|s2|有效、注销、撤销、过期
电子证照标识|DZZZBS|s64|电子证照库中的证照标识
""",
    "insurance": """
个人编号|GRBH|s20|社会保险个人编号
社会保障卡号|SHBZKH|s20|社会保障卡卡号
险种类型|XZLX|s3|企业职工养老、城乡居民养老、失业、工伤等
参保状态|CBZT|s2|参保缴费、暂停缴费、终止参保
参保单位名称|CBDWMC|s200|参保单位名称
参保单位编号|CBDWBH|s20|社会保险登记编号
首次参保日期|SCCBRQ|d|首次参加该险种的日期
缴费基数|JFJS|n12|本年度缴费基数（元）
累计缴费月数|LJJFYS|n4|截至统计日累计实际缴费月数
缴费起始年月|JFQSNY|s6|YYYYMM
缴费截止年月|JFJZNY|s6|YYYYMM
待遇领取状态|DYLQZT|s2|未领取、正常领取、暂停领取
离退休日期|LTXRQ|d|办理离退休的日期
月养老金|YYLJ|n12|月基本养老金（元）
""",
    "property": """
不动产单元号|BDCDYH|s28|GB/T 37346 不动产单元代码
不动产权证书号|BDCQZSH|s50|不动产权证书或证明号
权利人|QLR|s200|不动产权利人名称
权利人证件号码|QLRZJHM|s18|权利人身份证件号码或统一社会信用代码
共有情况|GYQK|s100|单独所有、共同共有、按份共有
坐落|ZL|s200|不动产坐落
权利类型|QLLX|s4|国有建设用地使用权/房屋所有权等
权利性质|QLXZ|s4|出让、划拨、市场化商品房等
用途|YT|s4|住宅、商业、工业等
面积|MJ|n15|建筑面积或宗地面积（平方米）
使用期限|SYQX|s100|土地使用权起止日期
登记时间|DJSJ|t|登簿时间
抵押状态|DYZT|b|是否存在抵押登记
查封状态|CFZT|b|是否存在查封登记
登记机构|DJJGMC|s100|不动产登记机构名称
""",
    "birth": """
出生医学证明编号|CSYXZMBH|s10|出生医学证明流水编号
新生儿姓名|XSEXM|s50|新生儿姓名
新生儿性别|XSEXB|s1|GB/T 2261.1
出生时间|CSSJ|t|出生的日期和时间
出生地点|CSDD|s200|出生地行政区划
出生孕周|CSYZ|n2|出生孕周
出生体重|CSTZ|n5|出生体重（克）
母亲姓名|MQXM|s50|母亲姓名
母亲身份证件号码|MQSFZJHM|s18|母亲有效身份证件号码
父亲姓名|FQXM|s50|父亲姓名
父亲身份证件号码|FQSFZJHM|s18|父亲有效身份证件号码
助产机构名称|ZCJGMC|s200|接生的医疗机构
签发日期|QFRQ|d|出生医学证明签发日期
""",
    "marriage": """
登记类别|DJLB|s1|结婚登记、离婚登记、补领结婚证、补领离婚证
男方姓名|NFXM|s50|男方姓名
男方身份证件号码|NFSFZJHM|s18|男方身份证件号码
女方姓名|NVFXM|s50|女方姓名
女方身份证件号码|NVFSFZJHM|s18|女方身份证件号码
登记日期|DJRQ|d|婚姻登记日期
婚姻登记机关|HYDJJG|s100|办理登记的民政部门
证件字号|ZJZH|s30|结婚证或离婚证字号
""",
    "assistance": """
救助对象类别|JZDXLB|s2|最低生活保障、特困供养、低保边缘
户主身份证件号码|JZHZSFZJHM|s18|户主身份证件号码
家庭人口数|JTRKS|n2|共同生活家庭成员人数
保障人口数|BZRKS|n2|纳入保障的人数
月保障金额|YBZJE|n10|月救助金额（元）
保障起始日期|BZQSRQ|d|开始享受救助的日期
保障终止日期|BZZZRQ|d|停止救助的日期
家庭住址|JTZZ|s200|救助家庭住址
审批机关|SPJG|s100|作出审批决定的民政部门
救助状态|JZZT|s2|在保、停保
""",
    "school": """
学籍号|XJH|s19|全国中小学生学籍号
学生姓名|XSXM|s50|学生姓名
学校名称|XXMC|s200|就读学校名称
学校标识码|XXBSM|s10|教育部学校标识码
学段|XD|s2|学前、小学、初中、高中、中职
年级|NJ|s2|在读年级
入学日期|RXRQ|d|入学年月
学籍状态|XJZT|s2|在籍、休学、转出、毕业
毕业日期|BYRQ|d|毕业日期
毕业证书编号|BYZSBH|s30|毕业证书编号
学历层次|XLCC|s2|GB/T 4658
专业名称|ZYMC|s100|所学专业名称
""",
    "tax": """
纳税人识别号|NSRSBH|s20|纳税人识别号
纳税人名称|NSRMC|s200|纳税人名称
纳税信用等级|NSXYDJ|s1|A、B、M、C、D
评价年度|PJND|s4|纳税信用评价年度
主管税务机关|ZGSWJG|s100|主管税务机关名称
登记注册类型|DJZCLX|s3|税务登记注册类型
税种|SZ|s5|增值税、企业所得税等
所属期起|SSQQ|d|税款所属期起始日期
所属期止|SSQZ|d|税款所属期截止日期
实缴税额|SJSE|n18|实际缴纳税额（元）
欠税余额|QSYE|n18|欠缴税款余额（元）
完税证明编号|WSZMBH|s30|税收完税证明编号
""",
    "vehicle": """
号牌号码|HPHM|s15|机动车号牌号码
号牌种类|HPZL|s2|GA 24.7 号牌种类代码
车辆类型|CLLX|s3|GA 24.4 机动车车辆类型代码
车辆识别代号|CLSBDH|s17|VIN
所有人|SYR|s200|机动车所有人
初次登记日期|CCDJRQ|d|机动车初次登记日期
检验有效期止|JYYXQZ|d|安全技术检验有效期截止日期
机动车状态|JDCZT|s2|正常、转出、被盗抢、注销等
道路运输证号|DLYSZH|s20|营运车辆道路运输证号
从业资格证号|CYZGZH|s20|驾驶员从业资格证号
""",
    "medical": """
机构名称|JGMC|s200|医疗机构名称
登记号|DJH|s30|医疗机构执业许可证登记号
机构类别|JGLB|s4|医院、卫生院、诊所等
诊疗科目|ZLKM|s1000|核准的诊疗科目
床位数|CWS|n6|核定床位数
医师姓名|YSXM|s50|执业医师姓名
医师执业证书编码|YSZYZSBM|s30|医师执业证书编码
执业类别|ZYLB|s2|临床、中医、口腔、公共卫生
执业范围|ZYFW|s200|执业范围
执业地点|ZYDD|s200|主要执业机构
就诊日期|JZRQ|d|门诊或入院日期
医保结算金额|YBJSJE|n12|医保基金支付金额（元）
""",
    "fund": """
住房公积金账号|ZFGJJZH|s20|个人住房公积金账号
缴存单位名称|JCDWMC|s200|缴存单位名称
缴存状态|JCZT|s2|正常、封存、销户
缴存基数|JCJS|n12|月缴存基数（元）
月缴存额|YJCE|n10|单位与个人月缴存额合计（元）
账户余额|ZHYE|n14|账户余额（元）
贷款状态|DKZT|s2|无贷款、正常还款、逾期
""",
    "land": """
宗地代码|ZDDM|s19|GB/T 13923 宗地代码
宗地面积|ZDMJ|n15|宗地面积（平方米）
土地用途|TDYT|s4|GB/T 21010 土地利用现状分类
土地等级|TDDJ|s2|土地级别
规划许可证号|GHXKZH|s30|建设工程规划许可证号
项目名称|XMMC|s200|建设项目名称
建设单位|JSDW|s200|建设单位名称
矿业权人|KYQR|s200|采矿权或探矿权人
许可证有效期|XKZYXQ|s50|起止日期
""",
    "org": """
社会组织名称|SHZZMC|s200|社会团体、民办非企业单位或基金会名称
业务主管单位|YWZGDW|s200|业务主管单位名称
登记管理机关|DJGLJG|s100|民政部门名称
活动地域|HDDY|s100|核准的活动地域
年检结论|NJJL|s2|合格、基本合格、不合格
律师执业证号|LSZYZH|s17|律师执业证号
执业机构|ZYJG|s200|律师事务所或公证机构
公证书编号|GZSBH|s40|公证书编号
排污许可证编号|PWXKZBH|s30|排污许可证编号
监测点位|JCDW|s100|自动监测点位名称
统计年度|TJND|s4|统计报告期年度
指标名称|ZBMC|s200|统计指标名称
指标数值|ZBSZ|n18|指标数值
计量单位|JLDW|s20|统计计量单位
""",
    "meta": """
数据更新时间|SJGXSJ|t|本条记录最近一次更新的时间
数据来源|SJLY|s100|采集本条记录的业务系统
所属行政区划|SSXZQH|s6|GB/T 2260 行政区划代码
记录状态|JLZT|s1|有效、无效
""",
}


def _parse(line: str) -> DataItem:
    name, code, kind, description = line.split("|")
    length = int(kind[1:]) if len(kind) > 1 else None
    return DataItem(
        name=name, code=code, type=_TYPES[kind[0]], length=length, description=description
    )


@cache
def items(group: str) -> tuple[DataItem, ...]:
    """The data items of ``group``, in catalog order."""
    return tuple(_parse(line) for line in GROUPS[group].strip().splitlines())


@cache
def item(name: str) -> DataItem:
    """The data item called ``name`` in any group."""
    for group in GROUPS:
        for candidate in items(group):
            if candidate.name == name:
                return candidate
    raise KeyError(name)
