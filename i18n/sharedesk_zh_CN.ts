<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
  <context>
    <name>CatalogEditor</name>
    <message>
      <location filename="../app/views/catalog_editor.py" line="83" />
      <source>New catalog entry</source>
      <translation>新建目录条目</translation>
    </message>
    <message>
      <location filename="../app/views/catalog_editor.py" line="84" />
      <source>Edit catalog entry</source>
      <translation>编辑目录条目</translation>
    </message>
    <message>
      <location filename="../app/views/catalog_editor.py" line="85" />
      <source>Save &amp;draft</source>
      <translation>保存草稿(&amp;D)</translation>
    </message>
    <message>
      <location filename="../app/views/catalog_editor.py" line="86" />
      <source>Save and su&amp;bmit for review</source>
      <translation>保存并提交审核(&amp;B)</translation>
    </message>
    <message>
      <location filename="../app/views/catalog_editor.py" line="88" />
      <source>The supervisor's comment (R3): %1</source>
      <translation>共享主管部门意见（R3）：%1</translation>
    </message>
  </context>
  <context>
    <name>CatalogEditorFields</name>
    <message>
      <location filename="../app/views/catalog_editor_fields.py" line="191" />
      <source>Catalog &amp;type (R3):</source>
      <translation>目录类型（R3）(&amp;T)：</translation>
    </message>
    <message>
      <location filename="../app/views/catalog_editor_fields.py" line="192" />
      <source>Classification (class/item/section/sub):</source>
      <translation>资源分类（类/项/目/细目）：</translation>
    </message>
    <message>
      <location filename="../app/views/catalog_editor_fields.py" line="193" />
      <source>&amp;Name:</source>
      <translation>资源名称(&amp;N)：</translation>
    </message>
    <message>
      <location filename="../app/views/catalog_editor_fields.py" line="193" />
      <source>Resource &amp;code:</source>
      <translation>资源代码(&amp;C)：</translation>
    </message>
    <message>
      <location filename="../app/views/catalog_editor_fields.py" line="194" />
      <source>Provider's credit code:</source>
      <translation>提供部门统一社会信用代码：</translation>
    </message>
    <message>
      <location filename="../app/views/catalog_editor_fields.py" line="195" />
      <source>&amp;Summary:</source>
      <translation>资源摘要(&amp;S)：</translation>
    </message>
    <message>
      <location filename="../app/views/catalog_editor_fields.py" line="195" />
      <source>&amp;Format:</source>
      <translation>资源格式(&amp;F)：</translation>
    </message>
    <message>
      <location filename="../app/views/catalog_editor_fields.py" line="196" />
      <source>&amp;Update cycle:</source>
      <translation>更新周期(&amp;U)：</translation>
    </message>
    <message>
      <location filename="../app/views/catalog_editor_fields.py" line="197" />
      <source>O&amp;pen to the public:</source>
      <translation>向社会开放(&amp;P)：</translation>
    </message>
    <message>
      <location filename="../app/views/catalog_editor_fields.py" line="198" />
      <source>Usage sc&amp;ope (R4):</source>
      <translation>使用范围（R4）(&amp;O)：</translation>
    </message>
    <message>
      <location filename="../app/views/catalog_editor_fields.py" line="199" />
      <source>Share &amp;method (R4):</source>
      <translation>共享方式（R4）(&amp;M)：</translation>
    </message>
    <message>
      <location filename="../app/views/catalog_editor_fields.py" line="200" />
      <source>Share &amp;attribute (R10):</source>
      <translation>共享属性（R10）(&amp;A)：</translation>
    </message>
    <message>
      <location filename="../app/views/catalog_editor_fields.py" line="201" />
      <source>Share con&amp;ditions (R10):</source>
      <translation>共享条件（R10）(&amp;D)：</translation>
    </message>
    <message>
      <location filename="../app/views/catalog_editor_fields.py" line="202" />
      <source>&amp;Legal basis (R10):</source>
      <translation>法律依据（R10）(&amp;L)：</translation>
    </message>
    <message>
      <location filename="../app/views/catalog_editor_fields.py" line="206" />
      <source>Data &amp;items:</source>
      <translation>数据项(&amp;I)：</translation>
    </message>
    <message>
      <location filename="../app/views/catalog_editor_fields.py" line="208" />
      <source>Name</source>
      <translation>名称</translation>
    </message>
    <message>
      <location filename="../app/views/catalog_editor_fields.py" line="208" />
      <source>Field code</source>
      <translation>字段代码</translation>
    </message>
    <message>
      <location filename="../app/views/catalog_editor_fields.py" line="208" />
      <source>Type</source>
      <translation>类型</translation>
    </message>
    <message>
      <location filename="../app/views/catalog_editor_fields.py" line="208" />
      <source>Length</source>
      <translation>长度</translation>
    </message>
    <message>
      <location filename="../app/views/catalog_editor_fields.py" line="209" />
      <source>Description</source>
      <translation>说明</translation>
    </message>
    <message>
      <location filename="../app/views/catalog_editor_fields.py" line="209" />
      <source>Shared</source>
      <translation>是否共享</translation>
    </message>
    <message>
      <location filename="../app/views/catalog_editor_fields.py" line="210" />
      <source>Add it&amp;em</source>
      <translation>添加数据项(&amp;E)</translation>
    </message>
    <message>
      <location filename="../app/views/catalog_editor_fields.py" line="211" />
      <source>&amp;Remove item</source>
      <translation>删除数据项(&amp;R)</translation>
    </message>
    <message>
      <location filename="../app/views/catalog_editor_fields.py" line="212" />
      <source>classification code/sequence, e.g. 301001/000012</source>
      <translation>分类代码/顺序码，例如：301001/000012</translation>
    </message>
  </context>
  <context>
    <name>CatalogFilters</name>
    <message>
      <location filename="../app/views/catalog_filters.py" line="106" />
      <source>S&amp;hare:</source>
      <translation>共享属性(&amp;H)：</translation>
    </message>
    <message>
      <location filename="../app/views/catalog_filters.py" line="107" />
      <source>Ca&amp;talog:</source>
      <translation>目录类型(&amp;T)：</translation>
    </message>
    <message>
      <location filename="../app/views/catalog_filters.py" line="108" />
      <source>&amp;Provider:</source>
      <translation>提供部门(&amp;P)：</translation>
    </message>
    <message>
      <location filename="../app/views/catalog_filters.py" line="109" />
      <source>&amp;Update cycle:</source>
      <translation>更新周期(&amp;U)：</translation>
    </message>
    <message>
      <location filename="../app/views/catalog_filters.py" line="110" />
      <source>All share attributes</source>
      <translation>全部共享属性</translation>
    </message>
    <message>
      <location filename="../app/views/catalog_filters.py" line="111" />
      <source>All catalog types</source>
      <translation>全部目录类型</translation>
    </message>
    <message>
      <location filename="../app/views/catalog_filters.py" line="112" />
      <source>All providers</source>
      <translation>全部提供部门</translation>
    </message>
    <message>
      <location filename="../app/views/catalog_filters.py" line="113" />
      <source>All update cycles</source>
      <translation>全部更新周期</translation>
    </message>
    <message>
      <location filename="../app/views/catalog_filters.py" line="114" />
      <source>Share attribute (R10)</source>
      <translation>共享属性（R10）</translation>
    </message>
    <message>
      <location filename="../app/views/catalog_filters.py" line="115" />
      <source>Basic, thematic or departmental catalog (R3)</source>
      <translation>基础、主题或部门信息资源目录（R3）</translation>
    </message>
  </context>
  <context>
    <name>CatalogModel</name>
    <message>
      <location filename="../app/views/catalog_model.py" line="321" />
      <source>%1 (%2: not in the published catalog)</source>
      <translation>%1（%2：不在已发布的资源目录中）</translation>
    </message>
    <message>
      <location filename="../app/views/catalog_model.py" line="332" />
      <source>Share attribute (R10)</source>
      <translation>共享属性（R10）</translation>
    </message>
    <message>
      <location filename="../app/views/catalog_model.py" line="333" />
      <source>Catalog type (R3)</source>
      <translation>目录类型（R3）</translation>
    </message>
    <message>
      <location filename="../app/views/catalog_model.py" line="334" />
      <source>Update cycle</source>
      <translation>更新周期</translation>
    </message>
    <message>
      <location filename="../app/views/catalog_model.py" line="340" />
      <source>Resource name</source>
      <translation>资源名称</translation>
    </message>
    <message>
      <location filename="../app/views/catalog_model.py" line="341" />
      <source>Resource code</source>
      <translation>资源代码</translation>
    </message>
    <message>
      <location filename="../app/views/catalog_model.py" line="342" />
      <source>Provider</source>
      <translation>提供部门</translation>
    </message>
    <message>
      <location filename="../app/views/catalog_model.py" line="343" />
      <source>Share</source>
      <comment>column header: share attribute (R10)</comment>
      <translation>共享属性</translation>
    </message>
    <message>
      <location filename="../app/views/catalog_model.py" line="344" />
      <source>Catalog</source>
      <comment>column header: catalog type (R3)</comment>
      <translation>目录类型</translation>
    </message>
    <message>
      <location filename="../app/views/catalog_model.py" line="345" />
      <source>Cycle</source>
      <comment>column header: update cycle</comment>
      <translation>更新周期</translation>
    </message>
    <message>
      <location filename="../app/views/catalog_model.py" line="346" />
      <source>Published</source>
      <translation>发布日期</translation>
    </message>
  </context>
  <context>
    <name>CatalogPage</name>
    <message>
      <location filename="../app/views/catalog_page.py" line="289" />
      <source>Searching…</source>
      <translation>正在搜索…</translation>
    </message>
    <message>
      <location filename="../app/views/catalog_page.py" line="315" />
      <source>Search failed: %1</source>
      <translation>搜索失败：%1</translation>
    </message>
    <message numerus="yes">
      <location filename="../app/views/catalog_page.py" line="319" />
      <source>%n resource(s)</source>
      <translation>
        <numerusform>共 %n 项资源</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../app/views/catalog_page.py" line="380" />
      <source>&amp;Search:</source>
      <translation>搜索(&amp;S)：</translation>
    </message>
    <message>
      <location filename="../app/views/catalog_page.py" line="382" />
      <source>Name, code, summary or data item — e.g. 身份证, 户籍</source>
      <translation>资源名称、资源代码、摘要或数据项，例如：身份证、户籍</translation>
    </message>
  </context>
  <context>
    <name>ConflictDialog</name>
    <message>
      <location filename="../app/views/conflict_dialog.py" line="39" />
      <source>Both versions</source>
      <translation>版本对比</translation>
    </message>
    <message>
      <location filename="../app/views/conflict_dialog.py" line="40" />
      <source>Someone changed this object after you acted on it. Your command was made on version %1; the platform now holds version %2.</source>
      <translation>您操作之后，该对象已被他人修改。您的操作基于版本 %1，共享平台当前为版本 %2。</translation>
    </message>
    <message>
      <location filename="../app/views/conflict_dialog.py" line="47" />
      <source>Field</source>
      <translation>字段</translation>
    </message>
    <message>
      <location filename="../app/views/conflict_dialog.py" line="47" />
      <source>What you acted on</source>
      <translation>您操作时的内容</translation>
    </message>
    <message>
      <location filename="../app/views/conflict_dialog.py" line="48" />
      <source>The platform now</source>
      <translation>平台当前内容</translation>
    </message>
    <message>
      <location filename="../app/views/conflict_dialog.py" line="66" />
      <source>&amp;Send again on the current version</source>
      <translation>基于当前版本重新发送(&amp;S)</translation>
    </message>
    <message>
      <location filename="../app/views/conflict_dialog.py" line="67" />
      <source>&amp;Discard my command…</source>
      <translation>放弃我的操作(&amp;D)…</translation>
    </message>
  </context>
  <context>
    <name>Countdown</name>
    <message numerus="yes">
      <location filename="../app/views/urgency.py" line="59" />
      <source>Overdue by %n working day(s)</source>
      <translation>
        <numerusform>已逾期 %n 个工作日</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../app/views/urgency.py" line="61" />
      <source>Due today</source>
      <translation>今日到期</translation>
    </message>
    <message numerus="yes">
      <location filename="../app/views/urgency.py" line="63" />
      <source>%n working day(s) left</source>
      <translation>
        <numerusform>剩余 %n 个工作日</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../app/views/urgency.py" line="68" />
      <source>%1 (estimated)</source>
      <translation>%1（预估）</translation>
    </message>
    <message>
      <location filename="../app/views/urgency.py" line="75" />
      <source>Due at the close of %1.</source>
      <translation>期限至 %1 当日工作时间结束。</translation>
    </message>
    <message>
      <location filename="../app/views/urgency.py" line="77" />
      <source>Rule: %1</source>
      <translation>依据：%1</translation>
    </message>
    <message>
      <location filename="../app/views/urgency.py" line="79" />
      <source>Estimated: the official holiday calendar of that year has not been published, so its weekdays were counted as working days.</source>
      <translation>预估：该年度的法定节假日安排尚未公布，暂将其周一至周五均按工作日计算。</translation>
    </message>
  </context>
  <context>
    <name>CountdownTableModel</name>
    <message>
      <location filename="../app/views/countdown_table.py" line="159" />
      <source>Local draft</source>
      <translation>本地草稿</translation>
    </message>
    <message>
      <location filename="../app/views/countdown_table.py" line="161" />
      <source>⟳ Waiting to send</source>
      <translation>⟳ 待发送</translation>
    </message>
    <message>
      <location filename="../app/views/countdown_table.py" line="162" />
      <source>⟳ Sending</source>
      <translation>⟳ 发送中</translation>
    </message>
    <message>
      <location filename="../app/views/countdown_table.py" line="163" />
      <source>⚠ Needs attention (Outbox)</source>
      <translation>⚠ 需处理（发件箱）</translation>
    </message>
    <message>
      <location filename="../app/views/countdown_table.py" line="164" />
      <source>⚠ Conflict (Outbox)</source>
      <translation>⚠ 版本冲突（发件箱）</translation>
    </message>
    <message>
      <location filename="../app/views/countdown_table.py" line="165" />
      <source>✎ Being edited (Outbox)</source>
      <translation>✎ 编辑中（发件箱）</translation>
    </message>
  </context>
  <context>
    <name>DecisionDialog</name>
    <message>
      <location filename="../app/views/decision_dialogs.py" line="92" />
      <source>Decide the dispute</source>
      <translation>裁决争议</translation>
    </message>
    <message>
      <location filename="../app/views/decision_dialogs.py" line="93" />
      <source>Decision &amp;both departments are told (R15):</source>
      <translation>告知双方部门的协调决定（R15）(&amp;B)：</translation>
    </message>
    <message>
      <location filename="../app/views/decision_dialogs.py" line="94" />
      <source>&amp;Decide</source>
      <translation>作出决定(&amp;D)</translation>
    </message>
    <message>
      <location filename="../app/views/decision_dialogs.py" line="95" />
      <source>Escalate the dispute</source>
      <translation>提请上级协调</translation>
    </message>
    <message>
      <location filename="../app/views/decision_dialogs.py" line="96" />
      <source>&amp;Why it cannot be settled at this level (N9):</source>
      <translation>本级无法协调解决的原因（N9）(&amp;W)：</translation>
    </message>
    <message>
      <location filename="../app/views/decision_dialogs.py" line="97" />
      <source>&amp;Escalate</source>
      <translation>提请上级(&amp;E)</translation>
    </message>
    <message>
      <location filename="../app/views/decision_dialogs.py" line="98" />
      <source>Acknowledge the filing</source>
      <translation>确认备案</translation>
    </message>
    <message>
      <location filename="../app/views/decision_dialogs.py" line="99" />
      <source>&amp;Note (optional):</source>
      <translation>备注（可选）(&amp;N)：</translation>
    </message>
    <message>
      <location filename="../app/views/decision_dialogs.py" line="99" />
      <source>&amp;Acknowledge</source>
      <translation>确认备案(&amp;A)</translation>
    </message>
    <message>
      <location filename="../app/views/decision_dialogs.py" line="100" />
      <source>Approve the catalog entry</source>
      <translation>审核通过目录条目</translation>
    </message>
    <message>
      <location filename="../app/views/decision_dialogs.py" line="101" />
      <source>&amp;Comment (optional, R3):</source>
      <translation>审核意见（可选，R3）(&amp;C)：</translation>
    </message>
    <message>
      <location filename="../app/views/decision_dialogs.py" line="101" />
      <source>A&amp;pprove</source>
      <translation>通过(&amp;P)</translation>
    </message>
    <message>
      <location filename="../app/views/decision_dialogs.py" line="102" />
      <source>Return the catalog entry</source>
      <translation>退回目录条目</translation>
    </message>
    <message>
      <location filename="../app/views/decision_dialogs.py" line="103" />
      <source>&amp;What needs to change (R3):</source>
      <translation>需修改的内容（R3）(&amp;W)：</translation>
    </message>
    <message>
      <location filename="../app/views/decision_dialogs.py" line="103" />
      <source>&amp;Return</source>
      <translation>退回(&amp;R)</translation>
    </message>
    <message>
      <location filename="../app/views/decision_dialogs.py" line="104" />
      <source>Remind the department</source>
      <translation>督促部门办理</translation>
    </message>
    <message>
      <location filename="../app/views/decision_dialogs.py" line="105" />
      <source>&amp;Message (optional, R24):</source>
      <translation>督办意见（可选，R24）(&amp;M)：</translation>
    </message>
    <message>
      <location filename="../app/views/decision_dialogs.py" line="105" />
      <source>&amp;Send reminder</source>
      <translation>发送督办(&amp;S)</translation>
    </message>
    <message>
      <location filename="../app/views/decision_dialogs.py" line="120" />
      <source>Write at least %1 letters or digits.</source>
      <translation>请至少填写 %1 个汉字、字母或数字。</translation>
    </message>
    <message>
      <location filename="../app/views/negotiation_dialog.py" line="122" />
      <source>“%1”, asked for by %2. Purpose: %3</source>
      <translation>“%1”，申请部门：%2。使用用途：%3</translation>
    </message>
  </context>
  <context>
    <name>DemoChooser</name>
    <message>
      <location filename="../app/views/demo_chooser.py" line="48" />
      <source>Starting the demo platform with sample data…</source>
      <translation>正在启动演示平台并生成示例数据…</translation>
    </message>
    <message>
      <location filename="../app/views/demo_chooser.py" line="51" />
      <source>ShareDesk demo</source>
      <translation>ShareDesk 演示</translation>
    </message>
    <message>
      <location filename="../app/views/demo_chooser.py" line="56" />
      <source>Choose whose desk to sit at (password: sharedesk-demo):</source>
      <translation>请选择要使用的演示账号（密码：sharedesk-demo）：</translation>
    </message>
    <message>
      <location filename="../app/views/demo_chooser.py" line="71" />
      <source>The demo platform could not start: %1</source>
      <translation>演示平台无法启动：%1</translation>
    </message>
  </context>
  <context>
    <name>Desk</name>
    <message>
      <location filename="../app/desk.py" line="186" />
      <source>&amp;ShareDesk</source>
      <translation>ShareDesk(&amp;S)</translation>
    </message>
    <message>
      <location filename="../app/desk.py" line="186" />
      <source>&amp;Settings…</source>
      <translation>设置(&amp;S)…</translation>
    </message>
    <message>
      <location filename="../app/desk.py" line="187" />
      <source>&amp;About ShareDesk</source>
      <translation>关于 ShareDesk(&amp;A)</translation>
    </message>
    <message>
      <location filename="../app/desk.py" line="187" />
      <source>&amp;Evaluation scorecard…</source>
      <translation>评价统计表(&amp;E)…</translation>
    </message>
    <message>
      <location filename="../app/desk.py" line="188" />
      <source>&amp;My catalog entries…</source>
      <translation>本部门目录条目(&amp;M)…</translation>
    </message>
    <message>
      <location filename="../app/desk.py" line="188" />
      <source>&amp;Quit</source>
      <translation>退出(&amp;Q)</translation>
    </message>
    <message>
      <location filename="../app/desk.py" line="197" />
      <source>About ShareDesk</source>
      <translation>关于 ShareDesk</translation>
    </message>
    <message>
      <location filename="../app/desk.py" line="198" />
      <source>ShareDesk %1 — the desktop client of the government information resource sharing platform.</source>
      <translation>ShareDesk %1——政务信息资源共享平台桌面客户端。</translation>
    </message>
    <message>
      <location filename="../app/desk.py" line="324" />
      <source>Sending the outbox…</source>
      <translation>正在发送发件箱中的事项…</translation>
    </message>
    <message>
      <location filename="../app/desk.py" line="325" />
      <source>Downloading the catalog: %1</source>
      <translation>正在下载资源目录：%1</translation>
    </message>
    <message>
      <location filename="../app/desk.py" line="326" />
      <source>Fetching changes: %1</source>
      <translation>正在获取更新：%1</translation>
    </message>
    <message>
      <location filename="../app/desk.py" line="327" />
      <source>Updating rules and calendars…</source>
      <translation>正在更新共享规则和工作日历…</translation>
    </message>
    <message>
      <location filename="../app/desk.py" line="369" />
      <source>Sync stopped: %1</source>
      <translation>同步已中止：%1</translation>
    </message>
    <message>
      <location filename="../app/desk_forms.py" line="51" />
      <source>Sync once before asking for resources.</source>
      <translation>请先完成一次同步，再申请资源。</translation>
    </message>
    <message>
      <location filename="../app/desk_forms.py" line="60" />
      <location filename="../app/desk_forms.py" line="91" />
      <source>This catalog entry is not in the local copy; sync and try again.</source>
      <translation>本地副本中没有该目录条目，请同步后重试。</translation>
    </message>
    <message>
      <location filename="../app/desk_forms.py" line="83" />
      <source>Sync once before reporting doubtful data.</source>
      <translation>请先完成一次同步，再反馈疑义数据。</translation>
    </message>
  </context>
  <context>
    <name>DeskMenu</name>
    <message>
      <location filename="../app/desk_menu.py" line="89" />
      <source>Demo: &amp;network off</source>
      <translation>演示：断开网络(&amp;N)</translation>
    </message>
  </context>
  <context>
    <name>DrillDownDialog</name>
    <message>
      <location filename="../app/views/scorecard_drill.py" line="64" />
      <source>Resource / subject</source>
      <translation>资源/事项</translation>
    </message>
    <message>
      <location filename="../app/views/scorecard_drill.py" line="64" />
      <source>Date</source>
      <translation>日期</translation>
    </message>
    <message>
      <location filename="../app/views/scorecard_drill.py" line="65" />
      <source>Status</source>
      <translation>状态</translation>
    </message>
    <message>
      <location filename="../app/views/scorecard_drill.py" line="65" />
      <source>Counted</source>
      <translation>计入统计</translation>
    </message>
    <message>
      <location filename="../app/views/scorecard_drill.py" line="65" />
      <source>Id</source>
      <translation>编号</translation>
    </message>
    <message numerus="yes">
      <location filename="../app/views/scorecard_drill.py" line="71" />
      <source>%n item(s) behind this figure.</source>
      <translation>
        <numerusform>该数值涉及 %n 个事项。</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../app/views/scorecard_drill.py" line="84" />
      <source>yes</source>
      <translation>是</translation>
    </message>
  </context>
  <context>
    <name>EvidenceList</name>
    <message>
      <location filename="../app/views/evidence_list.py" line="85" />
      <source>Attach evidence</source>
      <translation>添加证明材料</translation>
    </message>
    <message>
      <location filename="../app/views/evidence_list.py" line="86" />
      <source>Evidence (*.pdf *.png *.jpg *.jpeg *.ofd *.docx *.xlsx);;All files (*)</source>
      <translation>证明材料 (*.pdf *.png *.jpg *.jpeg *.ofd *.docx *.xlsx);;所有文件 (*)</translation>
    </message>
    <message>
      <location filename="../app/views/evidence_list.py" line="125" />
      <source>&amp;Add…</source>
      <translation>添加(&amp;A)…</translation>
    </message>
    <message>
      <location filename="../app/views/evidence_list.py" line="127" />
      <source>PDF, PNG, JPEG, OFD, DOCX or XLSX, at most 10 MB each</source>
      <translation>支持 PDF、PNG、JPEG、OFD、DOCX、XLSX，每个文件不超过 10 MB</translation>
    </message>
    <message>
      <location filename="../app/views/evidence_list.py" line="128" />
      <source>Re&amp;move</source>
      <translation>移除(&amp;M)</translation>
    </message>
    <message>
      <location filename="../app/views/evidence_list.py" line="129" />
      <source>Evidence files</source>
      <translation>证明材料</translation>
    </message>
  </context>
  <context>
    <name>ExtensionDialog</name>
    <message>
      <location filename="../app/views/extension_dialog.py" line="105" />
      <source>Ask for more time to verify</source>
      <translation>申请延期核实</translation>
    </message>
    <message numerus="yes">
      <location filename="../app/views/extension_dialog.py" line="109" />
      <source>At most %n more working day(s) under %1. Your head of department approves the extension, and the user department is told of the new deadline (R20).</source>
      <translation>
        <numerusform>依据%1，最多可延长 %n 个工作日。延期须经本部门负责人批准，并将新的期限告知使用部门（R20）。</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../app/views/extension_dialog.py" line="114" />
      <source>The rules in force allow no extension of the verification (%1): verify and answer within the deadline.</source>
      <translation>现行规则不允许延期核实（%1）：请在期限内完成核实并答复。</translation>
    </message>
    <message>
      <location filename="../app/views/extension_dialog.py" line="116" />
      <source>Extra &amp;working days</source>
      <translation>延长工作日数(&amp;W)</translation>
    </message>
    <message>
      <location filename="../app/views/extension_dialog.py" line="117" />
      <source>&amp;Reason</source>
      <translation>延期理由(&amp;R)</translation>
    </message>
    <message>
      <location filename="../app/views/extension_dialog.py" line="119" />
      <source>Why the verification needs longer, e.g. the original records must be fetched</source>
      <translation>说明核实需要延期的原因，例如：需调取原始档案</translation>
    </message>
  </context>
  <context>
    <name>FeedbackDetailPane</name>
    <message>
      <location filename="../app/views/feedback_detail.py" line="88" />
      <source>Select a report to see where its verification stands.</source>
      <translation>请选择一项疑义反馈，查看核实进度。</translation>
    </message>
    <message>
      <location filename="../app/views/feedback_detail.py" line="94" />
      <location filename="../app/views/feedback_detail.py" line="173" />
      <source>%1 — data item “%2”</source>
      <translation>%1——数据项“%2”</translation>
    </message>
    <message>
      <location filename="../app/views/feedback_detail.py" line="96" />
      <source>Status: %1</source>
      <translation>状态：%1</translation>
    </message>
    <message>
      <location filename="../app/views/feedback_detail.py" line="97" />
      <source>(waiting for the platform to confirm)</source>
      <translation>（等待平台确认）</translation>
    </message>
    <message>
      <location filename="../app/views/feedback_detail.py" line="99" />
      <source>Kind: %1</source>
      <translation>类型：%1</translation>
    </message>
    <message>
      <location filename="../app/views/feedback_detail.py" line="100" />
      <source>Provider: %1 · reported by: %2</source>
      <translation>提供部门：%1 · 反馈部门：%2</translation>
    </message>
    <message>
      <location filename="../app/views/feedback_detail.py" line="103" />
      <source>Record: %1</source>
      <translation>记录：%1</translation>
    </message>
    <message>
      <location filename="../app/views/feedback_detail.py" line="104" />
      <source>What looks wrong: %1</source>
      <translation>疑义描述：%1</translation>
    </message>
    <message>
      <location filename="../app/views/feedback_detail.py" line="106" />
      <source>Value believed right: %1</source>
      <translation>建议正确值：%1</translation>
    </message>
    <message>
      <location filename="../app/views/feedback_detail.py" line="109" />
      <source>Evidence: %1</source>
      <translation>证明材料：%1</translation>
    </message>
    <message>
      <location filename="../app/views/feedback_detail.py" line="122" />
      <source>The rules in force allow no extension of the verification (%1): verify and answer within the deadline.</source>
      <translation>现行规则不允许延期核实（%1）：请在期限内完成核实并答复。</translation>
    </message>
    <message>
      <location filename="../app/views/feedback_detail.py" line="132" />
      <source>Received %1 — no verification clock is running.</source>
      <translation>收到日期：%1。当前无正在计时的核实期限。</translation>
    </message>
    <message>
      <location filename="../app/views/feedback_detail.py" line="134" />
      <source>Received %1 · due %2 — %3</source>
      <translation>收到日期：%1 · 截止日期：%2，%3</translation>
    </message>
    <message numerus="yes">
      <location filename="../app/views/feedback_detail.py" line="141" />
      <source>%n working day(s)</source>
      <translation>
        <numerusform>%n 个工作日</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../app/views/feedback_detail.py" line="143" />
      <source>Extension of %1 approved by %2; the user department was told (R20). Reason: %3</source>
      <translation>延期 %1 已由 %2 批准，并已告知使用部门（R20）。理由：%3</translation>
    </message>
    <message>
      <location filename="../app/views/feedback_detail.py" line="146" />
      <source>Extension of %1 asked by %2, waiting for the head's approval (R20). Reason: %3</source>
      <translation>%2 已申请延期 %1，待部门负责人批准（R20）。理由：%3</translation>
    </message>
    <message>
      <location filename="../app/views/feedback_detail.py" line="158" />
      <source>Corrected. The corrected value: %1</source>
      <translation>已更正。更正后的值：%1</translation>
    </message>
    <message>
      <location filename="../app/views/feedback_detail.py" line="161" />
      <source>No error found.</source>
      <translation>经核实无误。</translation>
    </message>
    <message>
      <location filename="../app/views/feedback_detail.py" line="163" />
      <source>Explanation: %1</source>
      <translation>核实说明：%1</translation>
    </message>
    <message>
      <location filename="../app/views/feedback_detail.py" line="166" />
      <source>Told to the user department: %1</source>
      <translation>已告知使用部门：%1</translation>
    </message>
    <message>
      <location filename="../app/views/feedback_detail.py" line="175" />
      <source>A draft kept on this computer; it has not been sent.</source>
      <translation>草稿保存在本机，尚未发送。</translation>
    </message>
    <message>
      <location filename="../app/views/feedback_detail.py" line="180" />
      <source>During verification, citizens and companies holding valid proof are served as usual: do not refuse them or ask them to have the record corrected first (R21).</source>
      <translation>核实期间，对持有效证明材料的群众和企业照常办理业务，不得拒绝办理或要求其先行更正（R21）。</translation>
    </message>
    <message>
      <location filename="../app/views/feedback_detail.py" line="182" />
      <source>Verification result (R22)</source>
      <translation>核实结果（R22）</translation>
    </message>
    <message>
      <location filename="../app/views/feedback_detail.py" line="183" />
      <source>A&amp;ccept the result…</source>
      <translation>接受核实结果(&amp;C)…</translation>
    </message>
    <message>
      <location filename="../app/views/feedback_detail.py" line="184" />
      <source>&amp;Dispute…</source>
      <translation>提出异议(&amp;D)…</translation>
    </message>
    <message>
      <location filename="../app/views/feedback_detail.py" line="185" />
      <source>&amp;Withdraw…</source>
      <translation>撤回(&amp;W)…</translation>
    </message>
    <message>
      <location filename="../app/views/feedback_detail.py" line="186" />
      <source>Ask for more &amp;time…</source>
      <translation>申请延期核实(&amp;T)…</translation>
    </message>
    <message>
      <location filename="../app/views/feedback_detail.py" line="187" />
      <source>Re&amp;solve…</source>
      <translation>答复核实结果(&amp;S)…</translation>
    </message>
    <message>
      <location filename="../app/views/feedback_detail.py" line="188" />
      <source>A&amp;pprove the extension…</source>
      <translation>批准延期(&amp;P)…</translation>
    </message>
    <message>
      <location filename="../app/views/feedback_detail.py" line="189" />
      <source>Re&amp;ject the extension…</source>
      <translation>不批准延期(&amp;J)…</translation>
    </message>
    <message>
      <location filename="../app/views/feedback_detail.py" line="192" />
      <source>C&amp;ontinue the draft…</source>
      <translation>继续填写草稿(&amp;O)…</translation>
    </message>
    <message>
      <location filename="../app/views/feedback_detail.py" line="193" />
      <source>Time&amp;line</source>
      <translation>办理过程(&amp;L)</translation>
    </message>
    <message>
      <location filename="../app/views/feedback_detail.py" line="194" />
      <source>Verification deadline</source>
      <translation>核实期限</translation>
    </message>
  </context>
  <context>
    <name>FeedbackForm</name>
    <message>
      <location filename="../app/views/feedback_form.py" line="245" />
      <source>To submit: %1</source>
      <translation>提交前请处理：%1</translation>
    </message>
    <message>
      <location filename="../app/views/feedback_form.py" line="246" />
      <source>Queue the report in the outbox (Ctrl+Enter)</source>
      <translation>将疑义反馈放入发件箱（Ctrl+Enter）</translation>
    </message>
    <message>
      <location filename="../app/views/feedback_form.py" line="249" />
      <source>&amp;Value believed right *</source>
      <translation>建议正确值(&amp;V) *</translation>
    </message>
    <message>
      <location filename="../app/views/feedback_form.py" line="250" />
      <source>&amp;Value believed right</source>
      <translation>建议正确值(&amp;V)</translation>
    </message>
    <message>
      <location filename="../app/views/feedback_form.py" line="289" />
      <source>Draft saved on this computer.</source>
      <translation>草稿已保存在本机。</translation>
    </message>
    <message>
      <location filename="../app/views/feedback_form.py" line="300" />
      <source>Queuing…</source>
      <translation>正在放入发件箱…</translation>
    </message>
    <message>
      <location filename="../app/views/feedback_form.py" line="310" />
      <source>Feedback queued in the outbox; the provider verifies it by %1 (R20).</source>
      <translation>疑义反馈已放入发件箱；提供部门须于 %1 前完成核实（R20）。</translation>
    </message>
    <message>
      <location filename="../app/views/feedback_form.py" line="312" />
      <source>Feedback queued in the outbox.</source>
      <translation>疑义反馈已放入发件箱。</translation>
    </message>
    <message>
      <location filename="../app/views/feedback_form.py" line="322" />
      <source>Could not save: %1</source>
      <translation>无法保存：%1</translation>
    </message>
    <message>
      <location filename="../app/views/feedback_form.py" line="330" />
      <source>Unsaved feedback</source>
      <translation>疑义反馈尚未保存</translation>
    </message>
    <message>
      <location filename="../app/views/feedback_form.py" line="331" />
      <source>Keep what you typed as a draft?</source>
      <translation>是否将已填写的内容保存为草稿？</translation>
    </message>
    <message>
      <location filename="../app/views/feedback_form.py" line="333" />
      <source>&amp;Keep as draft</source>
      <translation>保存为草稿(&amp;K)</translation>
    </message>
    <message>
      <location filename="../app/views/feedback_form.py" line="334" />
      <source>&amp;Discard</source>
      <translation>放弃(&amp;D)</translation>
    </message>
    <message>
      <location filename="../app/views/feedback_form.py" line="353" />
      <source>Report doubtful or wrong data — %1</source>
      <translation>疑义反馈 — %1</translation>
    </message>
    <message>
      <location filename="../app/views/feedback_form.py" line="356" />
      <source>%1 — provided by %2</source>
      <translation>%1——提供部门：%2</translation>
    </message>
    <message>
      <location filename="../app/views/feedback_form.py" line="360" />
      <source>The provider verifies the report by %1 (R20). Until then, citizens and companies holding valid proof are served as usual (R21).</source>
      <translation>提供部门须于 %1 前完成核实（R20）。在此之前，对持有效证明材料的群众和企业照常办理业务（R21）。</translation>
    </message>
    <message>
      <location filename="../app/views/feedback_form.py" line="364" />
      <source>The provider verifies the report (R20).</source>
      <translation>由提供部门进行核实（R20）。</translation>
    </message>
    <message>
      <location filename="../app/views/feedback_form.py" line="367" />
      <source>&amp;Kind (R20) *</source>
      <translation>反馈类型（R20）(&amp;K) *</translation>
    </message>
    <message>
      <location filename="../app/views/feedback_form.py" line="367" />
      <source>Data &amp;item *</source>
      <translation>数据项(&amp;I) *</translation>
    </message>
    <message>
      <location filename="../app/views/feedback_form.py" line="368" />
      <source>&amp;Record</source>
      <translation>记录(&amp;R)</translation>
    </message>
    <message>
      <location filename="../app/views/feedback_form.py" line="369" />
      <source>&amp;What looks wrong *</source>
      <translation>疑义或错误描述(&amp;W) *</translation>
    </message>
    <message>
      <location filename="../app/views/feedback_form.py" line="370" />
      <source>&amp;Evidence</source>
      <translation>证明材料(&amp;E)</translation>
    </message>
    <message>
      <location filename="../app/views/feedback_form.py" line="373" />
      <source>Choose the data item</source>
      <translation>请选择数据项</translation>
    </message>
    <message>
      <location filename="../app/views/feedback_form.py" line="374" />
      <source>Which record, e.g. a certificate number</source>
      <translation>涉及哪条记录，例如：证件号码</translation>
    </message>
    <message>
      <location filename="../app/views/feedback_form.py" line="376" />
      <source>What is doubtful or wrong, and how you noticed it</source>
      <translation>哪些数据存疑或有误，以及如何发现的</translation>
    </message>
    <message>
      <location filename="../app/views/feedback_form.py" line="377" />
      <source>The value you believe is right</source>
      <translation>您认为正确的值</translation>
    </message>
    <message>
      <location filename="../app/views/feedback_form.py" line="378" />
      <source>Save &amp;draft</source>
      <translation>保存草稿(&amp;D)</translation>
    </message>
    <message>
      <location filename="../app/views/feedback_form.py" line="379" />
      <source>Keep the report on this computer (Ctrl+S)</source>
      <translation>将疑义反馈保存在本机（Ctrl+S）</translation>
    </message>
    <message>
      <location filename="../app/views/feedback_form.py" line="380" />
      <source>&amp;Submit</source>
      <translation>提交(&amp;S)</translation>
    </message>
    <message>
      <location filename="../app/views/feedback_form.py" line="381" />
      <source>Cancel</source>
      <translation>取消</translation>
    </message>
  </context>
  <context>
    <name>FeedbackModel</name>
    <message>
      <location filename="../app/views/feedback_model.py" line="38" />
      <source>Provider</source>
      <translation>提供部门</translation>
    </message>
    <message>
      <location filename="../app/views/feedback_model.py" line="39" />
      <source>Reported by</source>
      <translation>反馈部门</translation>
    </message>
    <message>
      <location filename="../app/views/feedback_model.py" line="40" />
      <source>Status</source>
      <translation>状态</translation>
    </message>
    <message>
      <location filename="../app/views/feedback_model.py" line="40" />
      <source>Kind</source>
      <translation>类型</translation>
    </message>
    <message>
      <location filename="../app/views/feedback_model.py" line="40" />
      <source>Resource</source>
      <translation>资源名称</translation>
    </message>
    <message>
      <location filename="../app/views/feedback_model.py" line="40" />
      <source>Data item</source>
      <translation>数据项</translation>
    </message>
    <message>
      <location filename="../app/views/feedback_model.py" line="41" />
      <source>Received</source>
      <translation>收到日期</translation>
    </message>
    <message>
      <location filename="../app/views/feedback_model.py" line="41" />
      <source>Due date</source>
      <translation>截止日期</translation>
    </message>
    <message>
      <location filename="../app/views/feedback_model.py" line="42" />
      <source>Working days left</source>
      <translation>剩余工作日</translation>
    </message>
    <message>
      <location filename="../app/views/feedback_model.py" line="42" />
      <source>Extension</source>
      <translation>延期</translation>
    </message>
    <message>
      <location filename="../app/views/feedback_model.py" line="42" />
      <source>Sync</source>
      <translation>同步</translation>
    </message>
    <message>
      <location filename="../app/views/feedback_model.py" line="46" />
      <source>Draft</source>
      <translation>草稿</translation>
    </message>
    <message numerus="yes">
      <location filename="../app/views/feedback_model.py" line="63" />
      <source>+%n working day(s), approved</source>
      <translation>
        <numerusform>已延 %n 个工作日</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../app/views/feedback_model.py" line="64" />
      <source>+%n working day(s) asked</source>
      <translation>
        <numerusform>申请延 %n 个工作日</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../app/views/feedback_model.py" line="67" />
      <source>Not yet confirmed by the platform: an outbox item for this feedback has not been answered.</source>
      <translation>尚未经共享平台确认：发件箱中与该疑义反馈相关的事项尚未得到平台回复。</translation>
    </message>
    <message>
      <location filename="../app/views/feedback_model.py" line="72" />
      <source>Record: %1</source>
      <translation>记录：%1</translation>
    </message>
  </context>
  <context>
    <name>FeedbackPage</name>
    <message>
      <location filename="../app/views/feedback_page.py" line="168" />
      <source>Accept the result</source>
      <translation>接受核实结果</translation>
    </message>
    <message>
      <location filename="../app/views/feedback_page.py" line="169" />
      <source>Accept the provider's verification result? The matter is then closed (R22).</source>
      <translation>确定接受提供部门的核实结果吗？接受后该事项即办结（R22）。</translation>
    </message>
    <message>
      <location filename="../app/views/feedback_page.py" line="171" />
      <source>Acceptance queued in the outbox.</source>
      <translation>接受核实结果的事项已放入发件箱。</translation>
    </message>
    <message>
      <location filename="../app/views/feedback_page.py" line="176" />
      <source>Ask the supervisor to coordinate</source>
      <translation>提请共享主管部门协调</translation>
    </message>
    <message>
      <location filename="../app/views/feedback_page.py" line="177" />
      <source>&amp;Why should the supervisor coordinate (R15)? At least %1 characters.</source>
      <translation>提请共享主管部门协调的理由（R15，至少 %1 个字）(&amp;W)：</translation>
    </message>
    <message>
      <location filename="../app/views/feedback_page.py" line="180" />
      <source>Request for coordination queued in the outbox (R15).</source>
      <translation>协调申请已放入发件箱（R15）。</translation>
    </message>
    <message>
      <location filename="../app/views/feedback_page.py" line="186" />
      <source>Withdraw the feedback</source>
      <translation>撤回疑义反馈</translation>
    </message>
    <message>
      <location filename="../app/views/feedback_page.py" line="187" />
      <source>Withdraw this report? The provider stops verifying it once it is sent (R20).</source>
      <translation>确定撤回该疑义反馈吗？发送后提供部门将停止核实（R20）。</translation>
    </message>
    <message>
      <location filename="../app/views/feedback_page.py" line="189" />
      <source>Withdrawal queued in the outbox.</source>
      <translation>撤回事项已放入发件箱。</translation>
    </message>
    <message>
      <location filename="../app/views/feedback_page.py" line="200" />
      <source>Extension request queued in the outbox; your head approves it (R20).</source>
      <translation>延期申请已放入发件箱，须经本部门负责人批准（R20）。</translation>
    </message>
    <message>
      <location filename="../app/views/feedback_page.py" line="212" />
      <source>Verification result queued in the outbox; the user department is told (R22).</source>
      <translation>核实结果已放入发件箱，将告知使用部门（R22）。</translation>
    </message>
    <message numerus="yes">
      <location filename="../app/views/feedback_page.py" line="220" />
      <source>%n working day(s)</source>
      <translation>
        <numerusform>%n 个工作日</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../app/views/feedback_page.py" line="221" />
      <source>Approve the extension</source>
      <translation>批准延期</translation>
    </message>
    <message>
      <location filename="../app/views/feedback_page.py" line="222" />
      <source>Approve %1 more to verify? The user department is told of the new deadline (R20).</source>
      <translation>确定批准延期核实 %1 吗？新的期限将告知使用部门（R20）。</translation>
    </message>
    <message>
      <location filename="../app/views/feedback_page.py" line="225" />
      <source>Approval queued in the outbox (R20).</source>
      <translation>批准事项已放入发件箱（R20）。</translation>
    </message>
    <message>
      <location filename="../app/views/feedback_page.py" line="230" />
      <source>Reject the extension</source>
      <translation>不批准延期</translation>
    </message>
    <message>
      <location filename="../app/views/feedback_page.py" line="231" />
      <source>&amp;Why does the original deadline stand? At least %1 characters.</source>
      <translation>维持原期限的理由（至少 %1 个字）(&amp;W)：</translation>
    </message>
    <message>
      <location filename="../app/views/feedback_page.py" line="233" />
      <source>Rejection queued in the outbox (R20).</source>
      <translation>不批准延期的事项已放入发件箱（R20）。</translation>
    </message>
    <message>
      <location filename="../app/views/feedback_page.py" line="252" />
      <source>The draft's catalog entry is no longer cached.</source>
      <translation>本机缓存中已没有该草稿对应的目录条目。</translation>
    </message>
    <message>
      <location filename="../app/views/feedback_page.py" line="264" />
      <source>Something went wrong: %1</source>
      <translation>操作失败：%1</translation>
    </message>
    <message>
      <location filename="../app/views/feedback_page.py" line="271" />
      <source>&amp;My feedback</source>
      <translation>我的反馈(&amp;M)</translation>
    </message>
    <message>
      <location filename="../app/views/feedback_page.py" line="272" />
      <source>To &amp;verify</source>
      <translation>待核实(&amp;V)</translation>
    </message>
    <message>
      <location filename="../app/views/feedback_page.py" line="273" />
      <source>E&amp;xtensions to approve</source>
      <translation>待批准延期(&amp;X)</translation>
    </message>
    <message>
      <location filename="../app/views/feedback_page.py" line="275" />
      <source>Filter by resource, data item or department</source>
      <translation>按资源名称、数据项或部门筛选</translation>
    </message>
    <message>
      <location filename="../app/views/feedback_page.py" line="276" />
      <source>&amp;Refresh</source>
      <translation>刷新(&amp;R)</translation>
    </message>
    <message>
      <location filename="../app/views/feedback_page.py" line="277" />
      <source>Feedback</source>
      <translation>疑义反馈</translation>
    </message>
  </context>
  <context>
    <name>FormFields</name>
    <message>
      <location filename="../app/views/request_form_fields.py" line="318" />
      <source>%1 — provided by %2</source>
      <translation>%1——提供部门：%2</translation>
    </message>
    <message>
      <location filename="../app/views/request_form_fields.py" line="323" />
      <source>Unconditional sharing: state the purpose and the items; the resource is obtained through the platform (R12).</source>
      <translation>无条件共享：请填写使用用途和所需数据项，资源通过共享平台直接获取（R12）。</translation>
    </message>
    <message>
      <location filename="../app/views/request_form_fields.py" line="326" />
      <source>Conditional sharing: the provider replies in writing (R13). Conditions: %1</source>
      <translation>有条件共享：提供部门将予以书面答复（R13）。共享条件：%1</translation>
    </message>
    <message>
      <location filename="../app/views/request_form_fields.py" line="328" />
      <source>Not shared: this request opens a negotiation with the provider, who files any agreement (R14).</source>
      <translation>不予共享：提交本申请即与提供部门启动协商；提供部门同意提供的，须报共享主管部门备案（R14）。</translation>
    </message>
    <message>
      <location filename="../app/views/request_form_fields.py" line="334" />
      <source>&amp;Purpose of use (R11) *</source>
      <translation>使用用途（R11）(&amp;P) *</translation>
    </message>
    <message>
      <location filename="../app/views/request_form_fields.py" line="335" />
      <source>&amp;Legal basis *</source>
      <translation>法律依据(&amp;L) *</translation>
    </message>
    <message>
      <location filename="../app/views/request_form_fields.py" line="336" />
      <source>&amp;Legal basis</source>
      <translation>法律依据(&amp;L)</translation>
    </message>
    <message>
      <location filename="../app/views/request_form_fields.py" line="337" />
      <source>&amp;Reason for negotiation (R14) *</source>
      <translation>协商理由（R14）(&amp;R) *</translation>
    </message>
    <message>
      <location filename="../app/views/request_form_fields.py" line="338" />
      <source>Scenario of &amp;use</source>
      <translation>使用场景(&amp;U)</translation>
    </message>
    <message>
      <location filename="../app/views/request_form_fields.py" line="339" />
      <source>Data &amp;items wanted *</source>
      <translation>所需数据项(&amp;I) *</translation>
    </message>
    <message>
      <location filename="../app/views/request_form_fields.py" line="340" />
      <source>Usa&amp;ge scope</source>
      <translation>使用范围(&amp;G)</translation>
    </message>
    <message>
      <location filename="../app/views/request_form_fields.py" line="341" />
      <source>Peri&amp;od of use</source>
      <translation>使用期限(&amp;O)</translation>
    </message>
    <message>
      <location filename="../app/views/request_form_fields.py" line="344" />
      <source>Pho&amp;ne</source>
      <translation>联系电话(&amp;N)</translation>
    </message>
    <message>
      <location filename="../app/views/request_form_fields.py" line="345" />
      <source>Pho&amp;ne *</source>
      <translation>联系电话(&amp;N) *</translation>
    </message>
    <message>
      <location filename="../app/views/request_form_fields.py" line="361" />
      <source>Limi&amp;t to</source>
      <translation>限定期限(&amp;T)</translation>
    </message>
    <message>
      <location filename="../app/views/request_form_fields.py" line="362" />
      <source>Add &amp;files…</source>
      <translation>添加文件(&amp;F)…</translation>
    </message>
    <message>
      <location filename="../app/views/request_form_fields.py" line="342" />
      <source>&amp;Contact</source>
      <translation>联系人(&amp;C)</translation>
    </message>
    <message>
      <location filename="../app/views/request_form_fields.py" line="343" />
      <source>&amp;Contact *</source>
      <translation>联系人(&amp;C) *</translation>
    </message>
    <message>
      <location filename="../app/views/request_form_fields.py" line="346" />
      <source>Attac&amp;hments</source>
      <translation>附件(&amp;H)</translation>
    </message>
    <message>
      <location filename="../app/views/request_form_fields.py" line="352" />
      <source>Which of your department's duties the data serves, e.g. verifying identities when registering businesses</source>
      <translation>请说明数据用于本部门的哪项职责，例如：办理企业登记时核验身份</translation>
    </message>
    <message>
      <location filename="../app/views/request_form_fields.py" line="355" />
      <source>The law, regulation or document your duty rests on</source>
      <translation>履行该职责所依据的法律、法规或文件</translation>
    </message>
    <message>
      <location filename="../app/views/request_form_fields.py" line="357" />
      <source>Where the data will be used (R16: only for your own duties)</source>
      <translation>数据将在何处使用（R16：仅限用于本部门履行职责）</translation>
    </message>
    <message>
      <location filename="../app/views/request_form_fields.py" line="358" />
      <source>Select &amp;all items</source>
      <translation>全选数据项(&amp;A)</translation>
    </message>
    <message>
      <location filename="../app/views/request_form_fields.py" line="359" />
      <source>Select &amp;all shared items</source>
      <translation>全选可共享数据项(&amp;A)</translation>
    </message>
    <message>
      <location filename="../app/views/request_form_fields.py" line="363" />
      <source>Re&amp;move</source>
      <translation>移除(&amp;M)</translation>
    </message>
    <message>
      <location filename="../app/views/request_form_fields.py" line="364" />
      <source>Save &amp;draft</source>
      <translation>保存草稿(&amp;D)</translation>
    </message>
    <message>
      <location filename="../app/views/request_form_fields.py" line="365" />
      <source>Keep the text on this computer (Ctrl+S)</source>
      <translation>将填写的内容保存在本机（Ctrl+S）</translation>
    </message>
    <message>
      <location filename="../app/views/request_form_fields.py" line="366" />
      <source>&amp;Submit</source>
      <translation>提交(&amp;S)</translation>
    </message>
    <message>
      <location filename="../app/views/request_form_fields.py" line="367" />
      <source>Cancel</source>
      <translation>取消</translation>
    </message>
    <message>
      <location filename="../app/views/request_form_fields.py" line="373" />
      <source>%1 (not shared)</source>
      <translation>%1（不予共享）</translation>
    </message>
  </context>
  <context>
    <name>InboxModel</name>
    <message>
      <location filename="../app/views/inbox_model.py" line="30" />
      <source>Status</source>
      <translation>状态</translation>
    </message>
    <message>
      <location filename="../app/views/inbox_model.py" line="30" />
      <source>Resource</source>
      <translation>资源名称</translation>
    </message>
    <message>
      <location filename="../app/views/inbox_model.py" line="30" />
      <source>Requested by</source>
      <translation>申请部门</translation>
    </message>
    <message>
      <location filename="../app/views/inbox_model.py" line="31" />
      <source>Share attribute</source>
      <translation>共享属性</translation>
    </message>
    <message>
      <location filename="../app/views/inbox_model.py" line="31" />
      <source>Received</source>
      <translation>收到日期</translation>
    </message>
    <message>
      <location filename="../app/views/inbox_model.py" line="31" />
      <source>Due date</source>
      <translation>截止日期</translation>
    </message>
    <message>
      <location filename="../app/views/inbox_model.py" line="32" />
      <source>Working days left</source>
      <translation>剩余工作日</translation>
    </message>
    <message>
      <location filename="../app/views/inbox_model.py" line="32" />
      <source>Sync</source>
      <translation>同步</translation>
    </message>
    <message>
      <location filename="../app/views/inbox_model.py" line="48" />
      <source>Not yet confirmed by the platform: your answer to this request is in the outbox.</source>
      <translation>尚未经共享平台确认：您对该申请的答复仍在发件箱中。</translation>
    </message>
  </context>
  <context>
    <name>InboxPage</name>
    <message>
      <location filename="../app/views/inbox_page.py" line="163" />
      <source>Select a request to see what it asks for.</source>
      <translation>请选择一项申请，查看申请内容。</translation>
    </message>
    <message>
      <location filename="../app/views/inbox_page.py" line="168" />
      <source>No deadline is running.</source>
      <translation>当前无正在计时的期限。</translation>
    </message>
    <message>
      <location filename="../app/views/inbox_page.py" line="168" />
      <source>Due %1 — %2</source>
      <translation>截止日期：%1，%2</translation>
    </message>
    <message>
      <location filename="../app/views/inbox_page.py" line="177" />
      <source>(waiting for the platform to confirm)</source>
      <translation>（等待平台确认）</translation>
    </message>
    <message>
      <location filename="../app/views/inbox_page.py" line="181" />
      <source>Status</source>
      <translation>状态</translation>
    </message>
    <message>
      <location filename="../app/views/inbox_page.py" line="181" />
      <source>Requested by</source>
      <translation>申请部门</translation>
    </message>
    <message>
      <location filename="../app/views/inbox_page.py" line="182" />
      <source>Received</source>
      <translation>收到日期</translation>
    </message>
    <message>
      <location filename="../app/views/inbox_page.py" line="184" />
      <source>Purpose (R11)</source>
      <translation>使用用途（R11）</translation>
    </message>
    <message>
      <location filename="../app/views/inbox_page.py" line="185" />
      <source>Legal basis</source>
      <translation>法律依据</translation>
    </message>
    <message>
      <location filename="../app/views/inbox_page.py" line="185" />
      <source>Scenario</source>
      <translation>使用场景</translation>
    </message>
    <message>
      <location filename="../app/views/inbox_page.py" line="186" />
      <source>Data items wanted</source>
      <translation>所需数据项</translation>
    </message>
    <message>
      <location filename="../app/views/inbox_page.py" line="187" />
      <source>Usage scope</source>
      <translation>使用范围</translation>
    </message>
    <message>
      <location filename="../app/views/inbox_page.py" line="187" />
      <source>Period of use</source>
      <translation>使用期限</translation>
    </message>
    <message>
      <location filename="../app/views/inbox_page.py" line="188" />
      <source>Contact</source>
      <translation>联系人</translation>
    </message>
    <message>
      <location filename="../app/views/inbox_page.py" line="190" />
      <source>Attachments</source>
      <translation>附件</translation>
    </message>
    <message>
      <location filename="../app/views/inbox_page.py" line="191" />
      <source>Missing material requested (N3)</source>
      <translation>已一次性告知补充材料（N3）</translation>
    </message>
    <message>
      <location filename="../app/views/inbox_page.py" line="195" />
      <source>Written reply</source>
      <translation>书面答复</translation>
    </message>
    <message>
      <location filename="../app/views/inbox_page.py" line="197" />
      <source>(number pending from the platform)</source>
      <translation>（待平台编号）</translation>
    </message>
    <message>
      <location filename="../app/views/inbox_page.py" line="200" />
      <source>filing awaiting acknowledgement (备案待确认)</source>
      <translation>备案待确认</translation>
    </message>
    <message>
      <location filename="../app/views/inbox_page.py" line="202" />
      <source>filing acknowledged</source>
      <translation>备案已确认</translation>
    </message>
    <message>
      <location filename="../app/views/inbox_page.py" line="206" />
      <source>in force</source>
      <translation>生效中</translation>
    </message>
    <message>
      <location filename="../app/views/inbox_page.py" line="207" />
      <source>lifted</source>
      <translation>已解除</translation>
    </message>
    <message>
      <location filename="../app/views/inbox_page.py" line="209" />
      <source>Resource code</source>
      <translation>资源代码</translation>
    </message>
    <message>
      <location filename="../app/views/inbox_page.py" line="210" />
      <source>Share attribute</source>
      <translation>共享属性</translation>
    </message>
    <message>
      <location filename="../app/views/inbox_page.py" line="211" />
      <source>Share conditions</source>
      <translation>共享条件</translation>
    </message>
    <message>
      <location filename="../app/views/inbox_page.py" line="212" />
      <source>Legal basis of the attribute (R10)</source>
      <translation>共享属性的法律依据（R10）</translation>
    </message>
    <message>
      <location filename="../app/views/inbox_page.py" line="215" />
      <source>The request</source>
      <translation>申请内容</translation>
    </message>
    <message>
      <location filename="../app/views/inbox_page.py" line="215" />
      <source>The resource</source>
      <translation>资源信息</translation>
    </message>
    <message>
      <location filename="../app/views/inbox_page.py" line="229" />
      <source>Written reply queued in the outbox (R13).</source>
      <translation>书面答复已放入发件箱（R13）。</translation>
    </message>
    <message>
      <location filename="../app/views/inbox_page.py" line="236" />
      <source>Agreement queued; it will be filed with the supervisor (R14).</source>
      <translation>同意提供的事项已放入发件箱，将报共享主管部门备案（R14）。</translation>
    </message>
    <message>
      <location filename="../app/views/inbox_page.py" line="244" />
      <source>Decline queued in the outbox (R14).</source>
      <translation>不同意提供的事项已放入发件箱（R14）。</translation>
    </message>
    <message>
      <location filename="../app/views/inbox_page.py" line="251" />
      <source>Queued; the supervisor will be told of the misuse (R17).</source>
      <translation>已放入发件箱，将向共享主管部门报告违规使用情况（R17）。</translation>
    </message>
    <message>
      <location filename="../app/views/inbox_page.py" line="258" />
      <source>Lifting of the suspension queued (R17).</source>
      <translation>解除暂停的事项已放入发件箱（R17）。</translation>
    </message>
    <message>
      <location filename="../app/views/inbox_page.py" line="265" />
      <source>Deliver the data</source>
      <translation>交付数据</translation>
    </message>
    <message>
      <location filename="../app/views/inbox_page.py" line="266" />
      <source>Record that the data of “%1” has been delivered (N4)?</source>
      <translation>确定登记“%1”的数据已交付吗（N4）？</translation>
    </message>
    <message>
      <location filename="../app/views/inbox_page.py" line="274" />
      <source>Delivery queued in the outbox (N4).</source>
      <translation>交付登记已放入发件箱（N4）。</translation>
    </message>
    <message>
      <location filename="../app/views/inbox_page.py" line="291" />
      <source>Something went wrong: %1</source>
      <translation>操作失败：%1</translation>
    </message>
    <message>
      <location filename="../app/views/inbox_page.py" line="296" />
      <source>Filter by resource, department or purpose</source>
      <translation>按资源名称、部门或使用用途筛选</translation>
    </message>
    <message>
      <location filename="../app/views/inbox_page.py" line="297" />
      <source>Show</source>
      <translation>显示范围</translation>
    </message>
    <message>
      <location filename="../app/views/inbox_page.py" line="302" />
      <source>&amp;Refresh</source>
      <translation>刷新(&amp;R)</translation>
    </message>
    <message>
      <location filename="../app/views/inbox_page.py" line="303" />
      <source>&amp;Timeline</source>
      <translation>办理过程(&amp;T)</translation>
    </message>
    <message>
      <location filename="../app/views/inbox_page.py" line="304" />
      <source>Re&amp;ply in writing…</source>
      <translation>书面答复(&amp;P)…</translation>
    </message>
    <message>
      <location filename="../app/views/inbox_page.py" line="304" />
      <source>&amp;Agree…</source>
      <translation>同意提供(&amp;A)…</translation>
    </message>
    <message>
      <location filename="../app/views/inbox_page.py" line="305" />
      <source>&amp;Decline…</source>
      <translation>不同意提供(&amp;D)…</translation>
    </message>
    <message>
      <location filename="../app/views/inbox_page.py" line="305" />
      <source>Deli&amp;vered</source>
      <translation>已交付(&amp;V)</translation>
    </message>
    <message>
      <location filename="../app/views/inbox_page.py" line="306" />
      <source>&amp;Suspend or terminate…</source>
      <translation>暂停或终止(&amp;S)…</translation>
    </message>
    <message>
      <location filename="../app/views/inbox_page.py" line="306" />
      <source>&amp;Lift…</source>
      <translation>解除暂停(&amp;L)…</translation>
    </message>
    <message>
      <location filename="../app/views/inbox_page.py" line="307" />
      <source>L&amp;etter…</source>
      <translation>答复函(&amp;E)…</translation>
    </message>
    <message>
      <location filename="../app/views/inbox_page.py" line="310" />
      <source>Requests to reply to</source>
      <translation>待答复的申请</translation>
    </message>
    <message>
      <location filename="../app/views/inbox_page.py" line="311" />
      <source>Deadline</source>
      <translation>办理期限</translation>
    </message>
  </context>
  <context>
    <name>LetterOpener</name>
    <message>
      <location filename="../app/views/reply_letter.py" line="307" />
      <source>No written reply has arrived for this request yet.</source>
      <translation>该申请尚未收到书面答复。</translation>
    </message>
    <message>
      <location filename="../app/views/reply_letter.py" line="318" />
      <source>The letter cannot be shown: %1</source>
      <translation>无法显示书面答复函：%1</translation>
    </message>
    <message>
      <location filename="../app/views/reply_letter.py" line="321" />
      <source>Written reply letter</source>
      <translation>书面答复函</translation>
    </message>
  </context>
  <context>
    <name>LiftDialog</name>
    <message>
      <location filename="../app/views/misuse_dialog.py" line="107" />
      <source>Lift the suspension (R17)</source>
      <translation>解除暂停提供（R17）</translation>
    </message>
    <message>
      <location filename="../app/views/misuse_dialog.py" line="108" />
      <source>&amp;Note (optional), e.g. how the misuse was put right:</source>
      <translation>备注（可选），例如违规使用的整改情况(&amp;N)：</translation>
    </message>
    <message>
      <location filename="../app/views/misuse_dialog.py" line="109" />
      <source>Provision resumes as it was before the suspension.</source>
      <translation>恢复按暂停前的方式提供。</translation>
    </message>
    <message>
      <location filename="../app/views/misuse_dialog.py" line="110" />
      <source>&amp;Lift</source>
      <translation>解除(&amp;L)</translation>
    </message>
  </context>
  <context>
    <name>LoginDialog</name>
    <message>
      <location filename="../app/views/login_dialog.py" line="79" />
      <source>Signing in with the session remembered on this computer…</source>
      <translation>正在使用本机保存的登录状态登录…</translation>
    </message>
    <message>
      <location filename="../app/views/login_dialog.py" line="158" />
      <source>Sign in — ShareDesk</source>
      <translation>登录 — ShareDesk</translation>
    </message>
    <message>
      <location filename="../app/views/login_dialog.py" line="159" />
      <source>Sign in to the government information sharing platform</source>
      <translation>登录政务信息资源共享平台</translation>
    </message>
    <message>
      <location filename="../app/views/login_dialog.py" line="160" />
      <source>Cancel</source>
      <translation>取消</translation>
    </message>
    <message>
      <location filename="../app/views/login_dialog.py" line="162" />
      <source>Sign in again — ShareDesk</source>
      <translation>重新登录 — ShareDesk</translation>
    </message>
    <message>
      <location filename="../app/views/login_dialog.py" line="164" />
      <source>Your sign-in has ended. Enter your password to continue; everything queued in the outbox is kept.</source>
      <translation>您的登录已失效。请输入密码后继续；发件箱中待发送的事项均已保留。</translation>
    </message>
    <message>
      <location filename="../app/views/login_dialog.py" line="166" />
      <source>Keep working offline</source>
      <translation>继续离线工作</translation>
    </message>
    <message>
      <location filename="../app/views/login_dialog.py" line="167" />
      <source>&amp;Server:</source>
      <translation>服务器(&amp;S)：</translation>
    </message>
    <message>
      <location filename="../app/views/login_dialog.py" line="168" />
      <source>&amp;Username:</source>
      <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
      <location filename="../app/views/login_dialog.py" line="169" />
      <source>&amp;Password:</source>
      <translation>密码(&amp;P)：</translation>
    </message>
    <message>
      <location filename="../app/views/login_dialog.py" line="171" />
      <source>Set by your IT department; it cannot be changed here.</source>
      <translation>由本单位信息技术部门设定，此处不可修改。</translation>
    </message>
    <message>
      <location filename="../app/views/login_dialog.py" line="172" />
      <source>&amp;Remember me on this computer</source>
      <translation>在本机记住登录状态(&amp;R)</translation>
    </message>
    <message>
      <location filename="../app/views/login_dialog.py" line="174" />
      <source>Keeps only a sign-in token in the system keyring, never your password (R23).</source>
      <translation>仅在系统凭据库中保存登录令牌，不会保存您的密码（R23）。</translation>
    </message>
    <message>
      <location filename="../app/views/login_dialog.py" line="175" />
      <source>Sign &amp;in</source>
      <translation>登录(&amp;I)</translation>
    </message>
    <message>
      <location filename="../app/views/login_dialog.py" line="211" />
      <source>“Remember me” is not available: %1</source>
      <translation>无法使用“记住登录状态”：%1</translation>
    </message>
    <message>
      <location filename="../app/views/login_dialog.py" line="249" />
      <source>Enter the server address, your username and your password.</source>
      <translation>请输入服务器地址、用户名和密码。</translation>
    </message>
    <message>
      <location filename="../app/views/login_dialog.py" line="264" />
      <source>Signing in…</source>
      <translation>正在登录…</translation>
    </message>
    <message>
      <location filename="../app/views/login_dialog.py" line="291" />
      <source>The session remembered on this computer has ended. Please sign in with your password.</source>
      <translation>本机保存的登录状态已失效，请使用密码登录。</translation>
    </message>
    <message>
      <location filename="../app/views/login_messages.py" line="46" />
      <source>This account is locked after too many wrong passwords, until %1. Try again then, or ask your administrator.</source>
      <translation>因密码错误次数过多，该账号已锁定至 %1。请届时重试，或联系系统管理员。</translation>
    </message>
    <message>
      <location filename="../app/views/login_messages.py" line="51" />
      <source>This account is locked after too many wrong passwords. Try again later, or ask your administrator.</source>
      <translation>因密码错误次数过多，该账号已被锁定。请稍后重试，或联系系统管理员。</translation>
    </message>
    <message>
      <location filename="../app/views/login_messages.py" line="57" />
      <source>Your sign-in has ended. Please sign in again.</source>
      <translation>您的登录已失效，请重新登录。</translation>
    </message>
    <message>
      <location filename="../app/views/login_messages.py" line="63" />
      <source>Wrong username or password.</source>
      <translation>用户名或密码错误。</translation>
    </message>
    <message>
      <location filename="../app/views/login_messages.py" line="65" />
      <source>Wrong username or password. %n attempt(s) left before the account is locked.</source>
      <translation>用户名或密码错误。还可尝试 %n 次，之后账号将被锁定。</translation>
    </message>
    <message>
      <location filename="../app/views/login_messages.py" line="101" />
      <source>%1 (%2)</source>
      <comment>a person (their department)</comment>
      <translation>%1（%2）</translation>
    </message>
    <message>
      <location filename="../app/views/login_messages.py" line="105" />
      <source>This computer holds a copy of the account of %1, never synced yet. If this is you, you can work on it offline: browse, draft and queue. Queued items are sent after you sign in again online.</source>
      <translation>本机保存有 %1 的账号数据副本（尚未同步过）。如果这是您本人，可以离线办公：浏览、起草并将事项放入发件箱；待您重新在线登录后，发件箱中的事项将自动发送。</translation>
    </message>
    <message>
      <location filename="../app/views/login_messages.py" line="71" />
      <source>The platform at %1 cannot be reached. Check the network connection, or ask your IT department.</source>
      <translation>无法连接共享平台 %1。请检查网络连接，或联系本单位信息技术部门。</translation>
    </message>
    <message>
      <location filename="../app/views/login_messages.py" line="77" />
      <source>The certificate of %1 could not be verified, so ShareDesk did not send your password. Ask your IT department to check the server address and the deployed CA certificate.</source>
      <translation>无法验证 %1 的证书，ShareDesk 未发送您的密码。请联系本单位信息技术部门检查服务器地址和已部署的 CA 证书。</translation>
    </message>
    <message>
      <location filename="../app/views/login_messages.py" line="84" />
      <source>The address %1 is not encrypted. Use an address that starts with https://.</source>
      <translation>地址 %1 未加密，请使用以 https:// 开头的地址。</translation>
    </message>
    <message>
      <location filename="../app/views/login_messages.py" line="90" />
      <source>Signing in failed unexpectedly (%1). Please try again; if it keeps failing, export diagnostics for your IT department.</source>
      <translation>登录时发生意外错误（%1）。请重试；如仍失败，请导出诊断信息并提供给本单位信息技术部门。</translation>
    </message>
    <message>
      <location filename="../app/views/login_messages.py" line="112" />
      <source>This computer holds a copy of the account of %1, last synced %2. If this is you, you can work on it offline: browse, draft and queue. Queued items are sent after you sign in again online.</source>
      <translation>本机保存有 %1 的账号数据副本（上次同步：%2）。如果这是您本人，可以离线办公：浏览、起草并将事项放入发件箱；待您重新在线登录后，发件箱中的事项将自动发送。</translation>
    </message>
    <message>
      <location filename="../app/views/login_dialog.py" line="336" />
      <source>This is me — &amp;open offline</source>
      <translation>是我本人，离线打开(&amp;O)</translation>
    </message>
    <message>
      <location filename="../app/views/login_dialog.py" line="347" />
      <source>Opening the local copy…</source>
      <translation>正在打开本地副本…</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../app/views/main_window.py" line="142" />
      <source>Catalog</source>
      <translation>资源目录</translation>
    </message>
    <message>
      <location filename="../app/views/main_window.py" line="143" />
      <source>My requests</source>
      <translation>我的申请</translation>
    </message>
    <message>
      <location filename="../app/views/main_window.py" line="144" />
      <source>To reply</source>
      <translation>待答复</translation>
    </message>
    <message>
      <location filename="../app/views/main_window.py" line="145" />
      <source>Feedback</source>
      <translation>疑义反馈</translation>
    </message>
    <message>
      <location filename="../app/views/main_window.py" line="146" />
      <source>Supervision</source>
      <translation>督办</translation>
    </message>
    <message>
      <location filename="../app/views/main_window.py" line="147" />
      <source>Outbox</source>
      <translation>发件箱</translation>
    </message>
    <message>
      <location filename="../app/views/main_window.py" line="243" />
      <source>● Online</source>
      <translation>● 在线</translation>
    </message>
    <message>
      <location filename="../app/views/main_window.py" line="247" />
      <source>unknown</source>
      <translation>未知</translation>
    </message>
    <message>
      <location filename="../app/views/main_window.py" line="248" />
      <source>○ Offline since %1</source>
      <translation>○ 离线（自 %1 起）</translation>
    </message>
    <message>
      <location filename="../app/views/main_window.py" line="252" />
      <source>Offline since %1. You can still browse the catalog and your requests, draft and queue requests, replies and feedback: the outbox sends them when the platform is reachable again.</source>
      <translation>自 %1 起处于离线状态。您仍可浏览资源目录和自己的申请，起草并提交申请、答复和反馈：这些事项会暂存在发件箱，待平台恢复连接后自动发送。</translation>
    </message>
    <message>
      <location filename="../app/views/main_window.py" line="259" />
      <source>never</source>
      <translation>从未</translation>
    </message>
    <message>
      <location filename="../app/views/main_window.py" line="260" />
      <source>Last sync: %1</source>
      <translation>上次同步：%1</translation>
    </message>
    <message numerus="yes">
      <location filename="../app/views/main_window.py" line="261" />
      <source>Outbox: %n item(s)</source>
      <translation>
        <numerusform>发件箱：%n 项</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../app/views/main_window.py" line="265" />
      <source>ShareDesk — government information resource sharing</source>
      <translation>ShareDesk 政务信息资源共享客户端</translation>
    </message>
    <message>
      <location filename="../app/views/main_window.py" line="266" />
      <source>Search the catalog (Ctrl+F)</source>
      <translation>搜索资源目录（Ctrl+F）</translation>
    </message>
    <message>
      <location filename="../app/views/main_window.py" line="267" />
      <source>Sync now</source>
      <translation>立即同步</translation>
    </message>
    <message>
      <location filename="../app/views/main_window.py" line="268" />
      <source>Send the outbox and fetch changes (F5)</source>
      <translation>发送发件箱中的事项并获取更新（F5）</translation>
    </message>
    <message>
      <location filename="../app/views/main_window.py" line="269" />
      <source>Cancel</source>
      <translation>取消</translation>
    </message>
  </context>
  <context>
    <name>MisuseDialog</name>
    <message>
      <location filename="../app/views/misuse_dialog.py" line="59" />
      <source>Choose whether to suspend or to terminate provision.</source>
      <translation>请选择暂停提供还是终止提供。</translation>
    </message>
    <message>
      <location filename="../app/views/misuse_dialog.py" line="75" />
      <source>Suspend or terminate provision (R17)</source>
      <translation>暂停或终止提供（R17）</translation>
    </message>
    <message>
      <location filename="../app/views/misuse_dialog.py" line="76" />
      <source>&amp;Suspend (can be lifted)</source>
      <translation>暂停提供（可解除）(&amp;S)</translation>
    </message>
    <message>
      <location filename="../app/views/misuse_dialog.py" line="77" />
      <source>&amp;Terminate (final)</source>
      <translation>终止提供（不可恢复）(&amp;T)</translation>
    </message>
    <message>
      <location filename="../app/views/misuse_dialog.py" line="78" />
      <source>&amp;Misuse found (at least %1 characters):</source>
      <translation>发现的违规使用情况（至少 %1 个字）(&amp;M)：</translation>
    </message>
    <message>
      <location filename="../app/views/misuse_dialog.py" line="80" />
      <source>the sharing supervisor</source>
      <translation>共享主管部门</translation>
    </message>
    <message>
      <location filename="../app/views/misuse_dialog.py" line="82" />
      <source>This is reported to %1 (R17). The requesting department sees that provision is stopped and why.</source>
      <translation>将向%1报告（R17）。申请部门可看到停止提供的情况及原因。</translation>
    </message>
    <message>
      <location filename="../app/views/misuse_dialog.py" line="84" />
      <source>St&amp;op provision</source>
      <translation>停止提供(&amp;O)</translation>
    </message>
  </context>
  <context>
    <name>MyCatalogModel</name>
    <message>
      <location filename="../app/views/my_catalog_page.py" line="84" />
      <source>Name</source>
      <translation>名称</translation>
    </message>
    <message>
      <location filename="../app/views/my_catalog_page.py" line="84" />
      <source>Resource code</source>
      <translation>资源代码</translation>
    </message>
    <message>
      <location filename="../app/views/my_catalog_page.py" line="84" />
      <source>Status</source>
      <translation>状态</translation>
    </message>
    <message>
      <location filename="../app/views/my_catalog_page.py" line="85" />
      <source>Share attribute</source>
      <translation>共享属性</translation>
    </message>
    <message>
      <location filename="../app/views/my_catalog_page.py" line="85" />
      <source>Update due (R5)</source>
      <translation>更新期限（R5）</translation>
    </message>
    <message>
      <location filename="../app/views/my_catalog_page.py" line="85" />
      <source>Sync</source>
      <translation>同步</translation>
    </message>
    <message>
      <location filename="../app/views/my_catalog_page.py" line="95" />
      <source>⟳ Waiting to send</source>
      <translation>⟳ 待发送</translation>
    </message>
  </context>
  <context>
    <name>MyCatalogPage</name>
    <message>
      <location filename="../app/views/my_catalog_page.py" line="165" />
      <source>&amp;New entry…</source>
      <translation>新建条目(&amp;N)…</translation>
    </message>
    <message>
      <location filename="../app/views/my_catalog_page.py" line="165" />
      <source>&amp;Edit…</source>
      <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
      <location filename="../app/views/my_catalog_page.py" line="166" />
      <source>&amp;Submit for review</source>
      <translation>提交审核(&amp;S)</translation>
    </message>
    <message>
      <location filename="../app/views/my_catalog_page.py" line="166" />
      <source>&amp;Publish</source>
      <translation>发布(&amp;P)</translation>
    </message>
    <message>
      <location filename="../app/views/my_catalog_page.py" line="167" />
      <source>Record a &amp;law change…</source>
      <translation>登记法规变化(&amp;L)…</translation>
    </message>
    <message>
      <location filename="../app/views/my_catalog_page.py" line="168" />
      <source>&amp;File an update…</source>
      <translation>更新备案(&amp;F)…</translation>
    </message>
    <message>
      <location filename="../app/views/my_catalog_page.py" line="171" />
      <source>My catalog entries</source>
      <translation>本部门目录条目</translation>
    </message>
    <message>
      <location filename="../app/views/my_catalog_page.py" line="213" />
      <source>The supervisor's comment (R3): %1</source>
      <translation>共享主管部门意见（R3）：%1</translation>
    </message>
    <message>
      <location filename="../app/views/my_catalog_page.py" line="242" />
      <source>Record a law change (R5)</source>
      <translation>登记法规变化（R5）</translation>
    </message>
    <message>
      <location filename="../app/views/my_catalog_page.py" line="243" />
      <source>&amp;Which law was revised or which functions changed:</source>
      <translation>修订的法律法规或调整的职能(&amp;W)：</translation>
    </message>
    <message>
      <location filename="../app/views/my_catalog_page.py" line="252" />
      <source>File an update with the supervisor (R5)</source>
      <translation>向共享主管部门报送更新备案（R5）</translation>
    </message>
    <message>
      <location filename="../app/views/my_catalog_page.py" line="253" />
      <source>&amp;What was updated:</source>
      <translation>更新内容(&amp;W)：</translation>
    </message>
    <message>
      <location filename="../app/views/my_catalog_page.py" line="277" />
      <source>Queued; it is sent with the next sync.</source>
      <translation>已放入发件箱，将在下次同步时发送。</translation>
    </message>
  </context>
  <context>
    <name>NegotiationDialog</name>
    <message>
      <location filename="../app/views/negotiation_dialog.py" line="168" />
      <source>the sharing supervisor</source>
      <translation>共享主管部门</translation>
    </message>
    <message>
      <location filename="../app/views/negotiation_dialog.py" line="170" />
      <source>Agree to provide (R14)</source>
      <translation>同意提供（R14）</translation>
    </message>
    <message>
      <location filename="../app/views/negotiation_dialog.py" line="171" />
      <source>&amp;Terms agreed in the negotiation:</source>
      <translation>协商确定的提供条件(&amp;T)：</translation>
    </message>
    <message>
      <location filename="../app/views/negotiation_dialog.py" line="173" />
      <source>The agreement is filed with %1 (R14) and shows as “filing awaiting acknowledgement” (备案待确认) until the supervisor acknowledges it.</source>
      <translation>同意提供的事项将报%1备案（R14），在共享主管部门确认前显示为“备案待确认”。</translation>
    </message>
    <message>
      <location filename="../app/views/negotiation_dialog.py" line="176" />
      <source>&amp;Agree and file</source>
      <translation>同意并备案(&amp;A)</translation>
    </message>
    <message>
      <location filename="../app/views/negotiation_dialog.py" line="178" />
      <source>Decline to provide (R14)</source>
      <translation>不同意提供（R14）</translation>
    </message>
    <message>
      <location filename="../app/views/negotiation_dialog.py" line="179" />
      <source>&amp;Reasons for declining (at least 10 characters):</source>
      <translation>不同意提供的理由（至少 10 个字）(&amp;R)：</translation>
    </message>
    <message>
      <location filename="../app/views/negotiation_dialog.py" line="180" />
      <source>The requesting department sees the reasons and may ask the supervisor to coordinate (R15).</source>
      <translation>申请部门可看到理由，并可提请共享主管部门协调（R15）。</translation>
    </message>
    <message>
      <location filename="../app/views/negotiation_dialog.py" line="182" />
      <source>&amp;Decline</source>
      <translation>不同意(&amp;D)</translation>
    </message>
  </context>
  <context>
    <name>OutboxModel</name>
    <message>
      <location filename="../app/views/outbox_model.py" line="65" />
      <source>Queued</source>
      <translation>待发送</translation>
    </message>
    <message>
      <location filename="../app/views/outbox_model.py" line="66" />
      <source>Sending</source>
      <translation>发送中</translation>
    </message>
    <message>
      <location filename="../app/views/outbox_model.py" line="67" />
      <source>Needs attention</source>
      <translation>需处理</translation>
    </message>
    <message>
      <location filename="../app/views/outbox_model.py" line="68" />
      <source>Conflict</source>
      <translation>版本冲突</translation>
    </message>
    <message>
      <location filename="../app/views/outbox_model.py" line="69" />
      <source>Held for editing</source>
      <translation>编辑中</translation>
    </message>
    <message>
      <location filename="../app/views/outbox_model.py" line="85" />
      <source>State</source>
      <translation>状态</translation>
    </message>
    <message>
      <location filename="../app/views/outbox_model.py" line="85" />
      <source>Command</source>
      <translation>操作</translation>
    </message>
    <message>
      <location filename="../app/views/outbox_model.py" line="85" />
      <source>Concerning</source>
      <translation>涉及对象</translation>
    </message>
    <message>
      <location filename="../app/views/outbox_model.py" line="86" />
      <source>Created</source>
      <translation>创建时间</translation>
    </message>
    <message>
      <location filename="../app/views/outbox_model.py" line="86" />
      <source>Platform's answer</source>
      <translation>平台回复</translation>
    </message>
    <message>
      <location filename="../app/views/outbox_model.py" line="125" />
      <source>No answer yet; trying again at %1 (%2)</source>
      <translation>平台暂未回复，将于 %1 重试（%2）</translation>
    </message>
    <message>
      <location filename="../app/views/outbox_model.py" line="127" />
      <source>No answer yet; trying again at %1</source>
      <translation>平台暂未回复，将于 %1 重试</translation>
    </message>
    <message>
      <location filename="../app/views/outbox_model.py" line="135" />
      <source>Sent with the next sync, in the order made.</source>
      <translation>将在下次同步时按创建顺序发送。</translation>
    </message>
    <message>
      <location filename="../app/views/outbox_model.py" line="136" />
      <source>Being sent now.</source>
      <translation>正在发送。</translation>
    </message>
    <message>
      <location filename="../app/views/outbox_model.py" line="137" />
      <source>The platform refused it; your text is kept. Edit and send again, or discard.</source>
      <translation>平台未予受理，您填写的内容已保留。请修改后重新发送，或予以放弃。</translation>
    </message>
    <message>
      <location filename="../app/views/outbox_model.py" line="139" />
      <source>Someone changed the object meanwhile. Compare both versions, then send again or discard.</source>
      <translation>在此期间该对象已被他人修改。请对比两个版本，然后重新发送或予以放弃。</translation>
    </message>
    <message>
      <location filename="../app/views/outbox_model.py" line="141" />
      <source>Off the queue while you edit it; Retry sends it as it is.</source>
      <translation>编辑期间暂停发送；点击“重试”将按原内容发送。</translation>
    </message>
  </context>
  <context>
    <name>OutboxPage</name>
    <message>
      <location filename="../app/views/outbox_page.py" line="153" />
      <source>Platform's answer: %1</source>
      <translation>平台回复：%1</translation>
    </message>
    <message>
      <location filename="../app/views/outbox_page.py" line="174" />
      <source>Back in the queue; it goes with the next sync.</source>
      <translation>已重新加入发送队列，将在下次同步时发送。</translation>
    </message>
    <message>
      <location filename="../app/views/outbox_page.py" line="184" />
      <source>Discard</source>
      <translation>放弃</translation>
    </message>
    <message>
      <location filename="../app/views/outbox_page.py" line="185" />
      <source>Discard “%1”? It will not be sent, and what you typed in it is lost.</source>
      <translation>确定放弃“%1”吗？该事项将不再发送，您填写的内容也将丢失。</translation>
    </message>
    <message>
      <location filename="../app/views/outbox_page.py" line="200" />
      <source>Discarded.</source>
      <translation>已放弃。</translation>
    </message>
    <message>
      <location filename="../app/views/outbox_page.py" line="232" />
      <source>Edit the queued command</source>
      <translation>编辑待发送事项</translation>
    </message>
    <message>
      <location filename="../app/views/outbox_page.py" line="233" />
      <source>&amp;Reasons for the supervisor (R15):</source>
      <translation>提请共享主管部门协调的理由（R15）(&amp;R)：</translation>
    </message>
    <message>
      <location filename="../app/views/outbox_page.py" line="233" />
      <source>&amp;Note:</source>
      <translation>备注(&amp;N)：</translation>
    </message>
    <message>
      <location filename="../app/views/outbox_page.py" line="240" />
      <source>The edited command is back in the queue.</source>
      <translation>修改后的事项已重新加入发送队列。</translation>
    </message>
    <message>
      <location filename="../app/views/outbox_page.py" line="261" />
      <source>Will be sent again on the platform's current version with the next sync.</source>
      <translation>将在下次同步时基于平台当前版本重新发送。</translation>
    </message>
    <message>
      <location filename="../app/views/outbox_page.py" line="271" />
      <source>Something went wrong: %1</source>
      <translation>操作失败：%1</translation>
    </message>
    <message>
      <location filename="../app/views/outbox_page.py" line="278" />
      <source>Commands wait here until the platform answers them; they are sent in the order made, with the next sync.</source>
      <translation>待发送的事项在此等候平台回复；下次同步时按创建顺序发送。</translation>
    </message>
    <message>
      <location filename="../app/views/outbox_page.py" line="280" />
      <source>&amp;Retry</source>
      <translation>重试(&amp;R)</translation>
    </message>
    <message>
      <location filename="../app/views/outbox_page.py" line="281" />
      <source>&amp;Edit…</source>
      <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
      <location filename="../app/views/outbox_page.py" line="282" />
      <source>&amp;Compare versions…</source>
      <translation>对比版本(&amp;C)…</translation>
    </message>
    <message>
      <location filename="../app/views/outbox_page.py" line="283" />
      <source>&amp;Discard…</source>
      <translation>放弃(&amp;D)…</translation>
    </message>
    <message>
      <location filename="../app/views/outbox_page.py" line="284" />
      <source>Outbox</source>
      <translation>发件箱</translation>
    </message>
  </context>
  <context>
    <name>PlaceholderPage</name>
    <message>
      <location filename="../app/views/placeholder_page.py" line="26" />
      <source>This page is coming in a later version of ShareDesk. Meanwhile, sync keeps the local copy of everything you may see up to date.</source>
      <translation>此页面将在 ShareDesk 后续版本中提供。在此期间，同步功能会持续更新您有权查看的全部数据的本地副本。</translation>
    </message>
  </context>
  <context>
    <name>Reminders</name>
    <message>
      <location filename="../app/views/reminders.py" line="47" />
      <source>ShareDesk</source>
      <translation>ShareDesk</translation>
    </message>
    <message>
      <location filename="../app/views/reminders.py" line="93" />
      <source>%1: %2</source>
      <translation>%1：%2</translation>
    </message>
    <message>
      <location filename="../app/views/reminders.py" line="99" />
      <source>; </source>
      <comment>separator between reminders</comment>
      <translation>；</translation>
    </message>
    <message numerus="yes">
      <location filename="../app/views/reminders.py" line="109" />
      <source>…and %n more</source>
      <translation>
        <numerusform>……另有 %n 项</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../app/views/reminders.py" line="110" />
      <source>%n item(s) need you</source>
      <translation>
        <numerusform>%n 个事项待您处理</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../app/views/reminders.py" line="114" />
      <source>New share request to answer</source>
      <translation>新的共享申请待答复</translation>
    </message>
    <message>
      <location filename="../app/views/reminders.py" line="115" />
      <source>New feedback to verify</source>
      <translation>新的疑义反馈待核实</translation>
    </message>
    <message>
      <location filename="../app/views/reminders.py" line="116" />
      <source>Written reply received</source>
      <translation>已收到书面答复</translation>
    </message>
    <message>
      <location filename="../app/views/reminders.py" line="117" />
      <source>Verification result received</source>
      <translation>已收到核实结果</translation>
    </message>
    <message>
      <location filename="../app/views/reminders.py" line="118" />
      <source>Verification extended</source>
      <translation>核实期限已延长</translation>
    </message>
    <message>
      <location filename="../app/views/reminders.py" line="119" />
      <source>Extension to approve</source>
      <translation>延期申请待批准</translation>
    </message>
    <message>
      <location filename="../app/views/reminders.py" line="120" />
      <source>One working day left</source>
      <translation>剩余 1 个工作日</translation>
    </message>
    <message>
      <location filename="../app/views/reminders.py" line="125" />
      <source>(a catalog entry not cached)</source>
      <translation>（本机未缓存的目录条目）</translation>
    </message>
    <message>
      <location filename="../app/views/reminders.py" line="127" />
      <source>%1 — %2</source>
      <translation>%1——%2</translation>
    </message>
    <message>
      <location filename="../app/views/reminders.py" line="129" />
      <source>%1, due at the close of %2</source>
      <translation>%1，期限至 %2 当日工作时间结束</translation>
    </message>
  </context>
  <context>
    <name>ReplyDialog</name>
    <message>
      <location filename="../app/views/reply_dialog.py" line="316" />
      <source>Something went wrong: %1</source>
      <translation>操作失败：%1</translation>
    </message>
    <message>
      <location filename="../app/views/reply_dialog.py" line="341" />
      <source>Written reply</source>
      <translation>书面答复</translation>
    </message>
    <message>
      <location filename="../app/views/reply_dialog.py" line="343" />
      <source>“%1”, asked for by %2. Purpose: %3</source>
      <translation>“%1”，申请部门：%2。使用用途：%3</translation>
    </message>
    <message>
      <location filename="../app/views/reply_dialog.py" line="346" />
      <source>&amp;Approve</source>
      <translation>同意(&amp;A)</translation>
    </message>
    <message>
      <location filename="../app/views/reply_dialog.py" line="347" />
      <source>Approve with &amp;conditions</source>
      <translation>有条件同意(&amp;C)</translation>
    </message>
    <message>
      <location filename="../app/views/reply_dialog.py" line="348" />
      <source>&amp;Refuse</source>
      <translation>不予同意(&amp;R)</translation>
    </message>
    <message>
      <location filename="../app/views/reply_dialog.py" line="349" />
      <source>Request missing &amp;material (one notice)</source>
      <translation>一次性告知补充材料(&amp;M)</translation>
    </message>
    <message>
      <location filename="../app/views/reply_dialog.py" line="352" />
      <source>Rea&amp;sons (required to refuse, R13):</source>
      <translation>理由（不予同意时必填，R13）(&amp;S)：</translation>
    </message>
    <message>
      <location filename="../app/views/reply_dialog.py" line="353" />
      <source>Con&amp;ditions:</source>
      <translation>共享条件(&amp;D)：</translation>
    </message>
    <message>
      <location filename="../app/views/reply_dialog.py" line="354" />
      <source>Deli&amp;very method:</source>
      <translation>提供方式(&amp;V)：</translation>
    </message>
    <message>
      <location filename="../app/views/reply_dialog.py" line="355" />
      <source>Missing material, all in &amp;one notice:</source>
      <translation>需补充的材料（一次性告知）(&amp;O)：</translation>
    </message>
    <message>
      <location filename="../app/views/reply_dialog.py" line="356" />
      <source>&amp;Template:</source>
      <translation>模板(&amp;T)：</translation>
    </message>
    <message>
      <location filename="../app/views/reply_dialog.py" line="357" />
      <source>&amp;Insert</source>
      <translation>插入(&amp;I)</translation>
    </message>
    <message>
      <location filename="../app/views/reply_dialog.py" line="358" />
      <source>&amp;Edit templates…</source>
      <translation>管理模板(&amp;E)…</translation>
    </message>
    <message>
      <location filename="../app/views/reply_dialog.py" line="359" />
      <source>Preview the &amp;letter…</source>
      <translation>预览答复函(&amp;L)…</translation>
    </message>
    <message>
      <location filename="../app/views/reply_dialog.py" line="360" />
      <source>Se&amp;nd reply</source>
      <translation>发送答复(&amp;N)</translation>
    </message>
    <message>
      <location filename="../app/views/reply_dialog.py" line="367" />
      <source>Reply due %1 (%2).</source>
      <translation>答复期限：%1（%2）。</translation>
    </message>
    <message numerus="yes">
      <location filename="../app/views/reply_dialog.py" line="373" />
      <source>If you consent today, the data must be delivered within %n working day(s), by %2 (%3).</source>
      <translation>
        <numerusform>如您今日同意共享，须在 %n 个工作日内（%2 前）交付数据（%3）。</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../app/views/reply_dialog.py" line="379" />
      <source>Missing material may be requested once, listing everything (%1).</source>
      <translation>需补充材料的，应一次性告知全部所需材料（%1）。</translation>
    </message>
  </context>
  <context>
    <name>ReplyLetterDialog</name>
    <message>
      <location filename="../app/views/reply_letter.py" line="210" />
      <source>Written reply letter</source>
      <translation>书面答复函</translation>
    </message>
    <message>
      <location filename="../app/views/reply_letter.py" line="211" />
      <source>Print pre&amp;view…</source>
      <translation>打印预览(&amp;V)…</translation>
    </message>
    <message>
      <location filename="../app/views/reply_letter.py" line="212" />
      <source>&amp;Print…</source>
      <translation>打印(&amp;P)…</translation>
    </message>
    <message>
      <location filename="../app/views/reply_letter.py" line="213" />
      <source>&amp;Export PDF…</source>
      <translation>导出 PDF(&amp;E)…</translation>
    </message>
    <message>
      <location filename="../app/views/reply_letter.py" line="214" />
      <source>Letter preview</source>
      <translation>答复函预览</translation>
    </message>
    <message>
      <location filename="../app/views/reply_letter.py" line="216" />
      <source>The platform assigns the reply number when the reply is synced; until then the letter shows “（待平台编号）”.</source>
      <translation>答复同步后由共享平台分配答复文号；在此之前，答复函中显示“（待平台编号）”。</translation>
    </message>
    <message>
      <location filename="../app/views/reply_letter.py" line="243" />
      <source>Sent to the printer.</source>
      <translation>已发送至打印机。</translation>
    </message>
    <message>
      <location filename="../app/views/reply_letter.py" line="249" />
      <source>Export the letter as PDF</source>
      <translation>将答复函导出为 PDF</translation>
    </message>
    <message>
      <location filename="../app/views/reply_letter.py" line="251" />
      <source>PDF documents (*.pdf)</source>
      <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
      <location filename="../app/views/reply_letter.py" line="263" />
      <source>Writing the PDF…</source>
      <translation>正在生成 PDF…</translation>
    </message>
    <message>
      <location filename="../app/views/reply_letter.py" line="271" />
      <source>Saved as %1</source>
      <translation>已保存为 %1</translation>
    </message>
    <message>
      <location filename="../app/views/reply_letter.py" line="277" />
      <source>The PDF could not be written: %1</source>
      <translation>无法生成 PDF：%1</translation>
    </message>
  </context>
  <context>
    <name>RequestForm</name>
    <message>
      <location filename="../app/views/request_form.py" line="123" />
      <source>To submit: %1</source>
      <translation>提交前请处理：%1</translation>
    </message>
    <message>
      <location filename="../app/views/request_form.py" line="127" />
      <source>Queue the request in the outbox (Ctrl+Enter)</source>
      <translation>将申请放入发件箱（Ctrl+Enter）</translation>
    </message>
    <message>
      <location filename="../app/views/request_form.py" line="157" />
      <source>Expected reply: working it out…</source>
      <translation>预计答复时间：正在计算…</translation>
    </message>
    <message>
      <location filename="../app/views/request_form.py" line="160" />
      <source>Expected reply: immediately — the resource is obtained directly (%1)</source>
      <translation>预计答复时间：即时，资源可直接获取（%1）</translation>
    </message>
    <message>
      <location filename="../app/views/request_form.py" line="163" />
      <source>Expected reply: no deadline — the departments negotiate (%1)</source>
      <translation>预计答复时间：无期限，由双方部门协商（%1）</translation>
    </message>
    <message numerus="yes">
      <location filename="../app/views/request_form.py" line="167" />
      <source>%n working day(s)</source>
      <translation>
        <numerusform>%n 个工作日</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../app/views/request_form.py" line="170" />
      <source>Expected reply: %1 (%2, under %3), estimated: the holiday calendar(s) of %4 not yet published</source>
      <translation>
        <numerusform>预计答复时间：%1（%2，依据 %3），为预估值：%4 年度的节假日安排尚未公布</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../app/views/request_form.py" line="174" />
      <source>Expected reply: %1 (%2, under %3)</source>
      <translation>预计答复时间：%1（%2，依据 %3）</translation>
    </message>
    <message>
      <location filename="../app/views/request_form.py" line="180" />
      <source>The clock starts on: %1</source>
      <translation>计时起点：%1</translation>
    </message>
    <message>
      <location filename="../app/views/request_form.py" line="189" />
      <source>Attach files</source>
      <translation>添加附件</translation>
    </message>
    <message>
      <location filename="../app/views/request_form.py" line="234" />
      <source>Draft saved.</source>
      <translation>草稿已保存。</translation>
    </message>
    <message>
      <location filename="../app/views/request_form.py" line="275" />
      <source>Queuing…</source>
      <translation>正在放入发件箱…</translation>
    </message>
    <message>
      <location filename="../app/views/request_form.py" line="285" />
      <source>The edited request is back in the outbox queue.</source>
      <translation>修改后的申请已重新放入发件箱队列。</translation>
    </message>
    <message>
      <location filename="../app/views/request_form.py" line="292" />
      <source>Request queued in the outbox; the resource is granted directly (R12) once it is sent.</source>
      <translation>申请已放入发件箱；发送后即可直接获取资源（R12）。</translation>
    </message>
    <message>
      <location filename="../app/views/request_form.py" line="295" />
      <source>Negotiation request queued in the outbox (R14).</source>
      <translation>协商申请已放入发件箱（R14）。</translation>
    </message>
    <message>
      <location filename="../app/views/request_form.py" line="298" />
      <source>Request queued in the outbox.</source>
      <translation>申请已放入发件箱。</translation>
    </message>
    <message>
      <location filename="../app/views/request_form.py" line="299" />
      <source>Request queued in the outbox; expected reply by %1.</source>
      <translation>申请已放入发件箱，预计于 %1 前答复。</translation>
    </message>
    <message>
      <location filename="../app/views/request_form.py" line="309" />
      <source>Could not save: %1</source>
      <translation>无法保存：%1</translation>
    </message>
    <message>
      <location filename="../app/views/request_form.py" line="322" />
      <source>Unsaved request</source>
      <translation>申请尚未保存</translation>
    </message>
    <message>
      <location filename="../app/views/request_form.py" line="323" />
      <source>Keep what you typed as a draft?</source>
      <translation>是否将已填写的内容保存为草稿？</translation>
    </message>
    <message>
      <location filename="../app/views/request_form.py" line="325" />
      <source>&amp;Keep as draft</source>
      <translation>保存为草稿(&amp;K)</translation>
    </message>
    <message>
      <location filename="../app/views/request_form.py" line="326" />
      <source>&amp;Discard</source>
      <translation>放弃(&amp;D)</translation>
    </message>
    <message>
      <location filename="../app/views/request_form.py" line="330" />
      <source>Discard your changes? The item stays in the outbox, off the queue, as it was.</source>
      <translation>确定放弃修改吗？该事项将按原样保留在发件箱中，暂不发送。</translation>
    </message>
    <message>
      <location filename="../app/views/request_form.py" line="352" />
      <source>Negotiation request — %1</source>
      <translation>协商申请 — %1</translation>
    </message>
    <message>
      <location filename="../app/views/request_form.py" line="355" />
      <source>Request a resource — %1</source>
      <translation>共享申请 — %1</translation>
    </message>
  </context>
  <context>
    <name>RequestsModel</name>
    <message>
      <location filename="../app/views/requests_model.py" line="25" />
      <source>Status</source>
      <translation>状态</translation>
    </message>
    <message>
      <location filename="../app/views/requests_model.py" line="25" />
      <source>Resource</source>
      <translation>资源名称</translation>
    </message>
    <message>
      <location filename="../app/views/requests_model.py" line="25" />
      <source>Provider</source>
      <translation>提供部门</translation>
    </message>
    <message>
      <location filename="../app/views/requests_model.py" line="26" />
      <source>Submitted</source>
      <translation>提交日期</translation>
    </message>
    <message>
      <location filename="../app/views/requests_model.py" line="26" />
      <source>Due date</source>
      <translation>截止日期</translation>
    </message>
    <message>
      <location filename="../app/views/requests_model.py" line="26" />
      <source>Working days left</source>
      <translation>剩余工作日</translation>
    </message>
    <message>
      <location filename="../app/views/requests_model.py" line="27" />
      <source>Sync</source>
      <translation>同步</translation>
    </message>
    <message>
      <location filename="../app/views/requests_model.py" line="31" />
      <source>Draft</source>
      <translation>草稿</translation>
    </message>
    <message>
      <location filename="../app/views/requests_model.py" line="42" />
      <source>Not yet confirmed by the platform: an outbox item for this request has not been answered.</source>
      <translation>尚未经共享平台确认：发件箱中与该申请相关的事项尚未得到平台回复。</translation>
    </message>
  </context>
  <context>
    <name>RequestsPage</name>
    <message>
      <location filename="../app/views/requests_page.py" line="153" />
      <source>Select a request to see where it stands.</source>
      <translation>请选择一项申请，查看办理进度。</translation>
    </message>
    <message>
      <location filename="../app/views/requests_page.py" line="165" />
      <source>(waiting for the platform to confirm)</source>
      <translation>（等待平台确认）</translation>
    </message>
    <message>
      <location filename="../app/views/requests_page.py" line="172" />
      <source>Status: %1</source>
      <translation>状态：%1</translation>
    </message>
    <message>
      <location filename="../app/views/requests_page.py" line="176" />
      <location filename="../app/views/requests_page.py" line="203" />
      <source>Purpose: %1</source>
      <translation>使用用途：%1</translation>
    </message>
    <message>
      <location filename="../app/views/requests_page.py" line="174" />
      <source>No deadline is running.</source>
      <translation>当前无正在计时的期限。</translation>
    </message>
    <message>
      <location filename="../app/views/requests_page.py" line="170" />
      <source>Provision stopped by the provider (R17): %1</source>
      <translation>提供部门已停止提供（R17）：%1</translation>
    </message>
    <message>
      <location filename="../app/views/requests_page.py" line="174" />
      <source>Due %1 — %2</source>
      <translation>截止日期：%1，%2</translation>
    </message>
    <message>
      <location filename="../app/views/requests_page.py" line="187" />
      <source>Decision: %1</source>
      <translation>答复结果：%1</translation>
    </message>
    <message>
      <location filename="../app/views/requests_page.py" line="189" />
      <source>Reasons: %1</source>
      <translation>理由：%1</translation>
    </message>
    <message>
      <location filename="../app/views/requests_page.py" line="191" />
      <source>Conditions: %1</source>
      <translation>共享条件：%1</translation>
    </message>
    <message>
      <location filename="../app/views/requests_page.py" line="193" />
      <source>Reply number: %1</source>
      <translation>答复文号：%1</translation>
    </message>
    <message>
      <location filename="../app/views/requests_page.py" line="194" />
      <source>Replied: %1</source>
      <translation>答复时间：%1</translation>
    </message>
    <message>
      <location filename="../app/views/requests_page.py" line="201" />
      <source>Draft</source>
      <translation>草稿</translation>
    </message>
    <message>
      <location filename="../app/views/requests_page.py" line="202" />
      <source>A draft kept on this computer; it has not been sent.</source>
      <translation>草稿保存在本机，尚未发送。</translation>
    </message>
    <message>
      <location filename="../app/views/requests_page.py" line="213" />
      <source>Withdraw the request</source>
      <translation>撤回申请</translation>
    </message>
    <message>
      <location filename="../app/views/requests_page.py" line="214" />
      <source>Withdraw the request for “%1”? The provider is told once it is sent.</source>
      <translation>确定撤回对“%1”的申请吗？发送后将通知提供部门。</translation>
    </message>
    <message>
      <location filename="../app/views/requests_page.py" line="224" />
      <source>Withdrawal queued in the outbox.</source>
      <translation>撤回事项已放入发件箱。</translation>
    </message>
    <message>
      <location filename="../app/views/requests_page.py" line="243" />
      <source>Ask the supervisor to coordinate</source>
      <translation>提请共享主管部门协调</translation>
    </message>
    <message>
      <location filename="../app/views/requests_page.py" line="244" />
      <source>&amp;Why should the supervisor coordinate (R15)? At least %1 characters.</source>
      <translation>提请共享主管部门协调的理由（R15，至少 %1 个字）(&amp;W)：</translation>
    </message>
    <message>
      <location filename="../app/views/requests_page.py" line="251" />
      <source>Request for coordination queued in the outbox (R15).</source>
      <translation>协调申请已放入发件箱（R15）。</translation>
    </message>
    <message>
      <location filename="../app/views/requests_page.py" line="273" />
      <source>The draft's catalog entry is no longer cached.</source>
      <translation>本机缓存中已没有该草稿对应的目录条目。</translation>
    </message>
    <message>
      <location filename="../app/views/requests_page.py" line="286" />
      <source>Something went wrong: %1</source>
      <translation>操作失败：%1</translation>
    </message>
    <message>
      <location filename="../app/views/requests_page.py" line="291" />
      <source>Filter by resource or purpose</source>
      <translation>按资源名称或使用用途筛选</translation>
    </message>
    <message>
      <location filename="../app/views/requests_page.py" line="292" />
      <source>Show</source>
      <translation>显示范围</translation>
    </message>
    <message>
      <location filename="../app/views/requests_page.py" line="295" />
      <source>&amp;Refresh</source>
      <translation>刷新(&amp;R)</translation>
    </message>
    <message>
      <location filename="../app/views/requests_page.py" line="296" />
      <source>Written reply</source>
      <translation>书面答复</translation>
    </message>
    <message>
      <location filename="../app/views/requests_page.py" line="297" />
      <source>&amp;Letter…</source>
      <translation>答复函(&amp;L)…</translation>
    </message>
    <message>
      <location filename="../app/views/requests_page.py" line="298" />
      <source>&amp;Timeline</source>
      <translation>办理过程(&amp;T)</translation>
    </message>
    <message>
      <location filename="../app/views/requests_page.py" line="299" />
      <source>&amp;Withdraw…</source>
      <translation>撤回(&amp;W)…</translation>
    </message>
    <message>
      <location filename="../app/views/requests_page.py" line="300" />
      <source>Ask the supervisor to &amp;coordinate…</source>
      <translation>提请主管部门协调(&amp;C)…</translation>
    </message>
    <message>
      <location filename="../app/views/requests_page.py" line="301" />
      <source>C&amp;ontinue the draft…</source>
      <translation>继续填写草稿(&amp;O)…</translation>
    </message>
    <message>
      <location filename="../app/views/requests_page.py" line="302" />
      <source>My requests</source>
      <translation>我的申请</translation>
    </message>
    <message>
      <location filename="../app/views/requests_page.py" line="303" />
      <source>Deadline</source>
      <translation>办理期限</translation>
    </message>
  </context>
  <context>
    <name>ResolveDialog</name>
    <message>
      <location filename="../app/views/resolve_dialog.py" line="115" />
      <source>Verification result</source>
      <translation>核实结果</translation>
    </message>
    <message>
      <location filename="../app/views/resolve_dialog.py" line="116" />
      <source>Data item: %1</source>
      <translation>数据项：%1</translation>
    </message>
    <message>
      <location filename="../app/views/resolve_dialog.py" line="118" />
      <source>Record: %1</source>
      <translation>记录：%1</translation>
    </message>
    <message>
      <location filename="../app/views/resolve_dialog.py" line="119" />
      <source>Reported: %1</source>
      <translation>反馈内容：%1</translation>
    </message>
    <message>
      <location filename="../app/views/resolve_dialog.py" line="121" />
      <source>&amp;Corrected — the user department is told the corrected value (R22)</source>
      <translation>已更正——将更正后的值告知使用部门（R22）(&amp;C)</translation>
    </message>
    <message>
      <location filename="../app/views/resolve_dialog.py" line="123" />
      <source>&amp;No error — explain how it was verified (R20)</source>
      <translation>经核实无误——说明核实方式（R20）(&amp;N)</translation>
    </message>
    <message>
      <location filename="../app/views/resolve_dialog.py" line="124" />
      <source>Corrected &amp;value</source>
      <translation>更正后的值(&amp;V)</translation>
    </message>
    <message>
      <location filename="../app/views/resolve_dialog.py" line="125" />
      <source>E&amp;xplanation</source>
      <translation>核实说明(&amp;X)</translation>
    </message>
    <message>
      <location filename="../app/views/resolve_dialog.py" line="126" />
      <source>Proposed by the user department: %1</source>
      <translation>使用部门建议值：%1</translation>
    </message>
    <message>
      <location filename="../app/views/resolve_dialog.py" line="128" />
      <source>The value the record holds now</source>
      <translation>该记录当前的值</translation>
    </message>
    <message>
      <location filename="../app/views/resolve_dialog.py" line="131" />
      <source>How the data was checked, e.g. against the original household register</source>
      <translation>如何核实的数据，例如：与户籍原始档案比对</translation>
    </message>
  </context>
  <context>
    <name>ResourceDetail</name>
    <message>
      <location filename="../app/views/resource_detail.py" line="151" />
      <source>Loading…</source>
      <translation>正在加载…</translation>
    </message>
    <message>
      <location filename="../app/views/resource_detail.py" line="152" />
      <source>Choose a resource in the list to see its details.</source>
      <translation>请在列表中选择资源，查看详细信息。</translation>
    </message>
    <message>
      <location filename="../app/views/resource_detail.py" line="212" />
      <source>update due by %1 after a change of law (R5)</source>
      <translation>因法律法规修订，须于 %1 前更新（R5）</translation>
    </message>
    <message>
      <location filename="../app/views/resource_detail.py" line="215" />
      <source>supervisor's comment: %1</source>
      <translation>共享主管部门意见：%1</translation>
    </message>
    <message>
      <location filename="../app/views/resource_detail.py" line="221" />
      <source>Yes</source>
      <translation>是</translation>
    </message>
    <message>
      <location filename="../app/views/resource_detail.py" line="221" />
      <source>No</source>
      <translation>否</translation>
    </message>
    <message>
      <location filename="../app/views/resource_detail.py" line="222" />
      <source>Withheld: not given to other departments (R10)</source>
      <translation>不予共享：不向其他政务部门提供（R10）</translation>
    </message>
    <message>
      <location filename="../app/views/resource_detail.py" line="253" />
      <source>This entry is not in the published catalog (%1); no shared data to report on.</source>
      <translation>该条目不在已发布的资源目录中（%1），没有可反馈的共享数据。</translation>
    </message>
    <message>
      <location filename="../app/views/resource_detail.py" line="267" />
      <source>Unconditional share: obtained directly through the platform, no written reply needed. Basis: %1</source>
      <translation>无条件共享：通过共享平台直接获取，无需书面答复。依据：%1</translation>
    </message>
    <message numerus="yes">
      <location filename="../app/views/resource_detail.py" line="269" />
      <source>Unconditional share: the provider answers within %n working day(s). Basis: %1</source>
      <translation>
        <numerusform>无条件共享：提供部门在 %n 个工作日内予以答复。依据：%1</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../app/views/resource_detail.py" line="274" />
      <source>Conditional share: the provider replies in writing within %n working day(s). Basis: %1</source>
      <translation>
        <numerusform>有条件共享：提供部门在 %n 个工作日内予以书面答复。依据：%1</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../app/views/resource_detail.py" line="277" />
      <source>Not shared: the two departments negotiate; an agreement to provide is filed with the supervisor (R14).</source>
      <translation>不予共享：由使用部门与提供部门协商解决；提供部门同意提供的，报共享主管部门备案（R14）。</translation>
    </message>
    <message>
      <location filename="../app/views/resource_detail.py" line="285" />
      <source>Obtain &amp;directly…</source>
      <translation>直接获取(&amp;D)…</translation>
    </message>
    <message>
      <location filename="../app/views/resource_detail.py" line="286" />
      <source>&amp;Request access…</source>
      <translation>申请共享(&amp;R)…</translation>
    </message>
    <message>
      <location filename="../app/views/resource_detail.py" line="291" />
      <source>Report doubtful or wrong data to the provider, who verifies it (R20); the data item chosen under Data items is named in the report.</source>
      <translation>向提供部门反馈存疑或错误的数据，由提供部门核实（R20）；反馈中将注明在“数据项”页选中的数据项。</translation>
    </message>
    <message>
      <location filename="../app/views/resource_detail.py" line="319" />
      <source>Report an error in this item…</source>
      <translation>反馈此数据项的疑义或错误…</translation>
    </message>
    <message>
      <location filename="../app/views/resource_detail.py" line="332" />
      <source>Name</source>
      <translation>名称</translation>
    </message>
    <message>
      <location filename="../app/views/resource_detail.py" line="332" />
      <source>Type</source>
      <translation>类型</translation>
    </message>
    <message>
      <location filename="../app/views/resource_detail.py" line="332" />
      <source>Length</source>
      <translation>长度</translation>
    </message>
    <message>
      <location filename="../app/views/resource_detail.py" line="332" />
      <source>Shared</source>
      <translation>是否共享</translation>
    </message>
    <message>
      <location filename="../app/views/resource_detail.py" line="333" />
      <source>Description</source>
      <translation>说明</translation>
    </message>
    <message>
      <location filename="../app/views/resource_detail.py" line="353" />
      <source>Status</source>
      <translation>状态</translation>
    </message>
    <message>
      <location filename="../app/views/resource_detail.py" line="334" />
      <source>Report an &amp;error…</source>
      <translation>疑义反馈(&amp;E)…</translation>
    </message>
    <message>
      <location filename="../app/views/resource_detail.py" line="343" />
      <source>Classification</source>
      <translation>资源分类</translation>
    </message>
    <message>
      <location filename="../app/views/resource_detail.py" line="344" />
      <source>Resource code</source>
      <translation>资源代码</translation>
    </message>
    <message>
      <location filename="../app/views/resource_detail.py" line="344" />
      <source>Provider (code)</source>
      <translation>提供部门（代码）</translation>
    </message>
    <message>
      <location filename="../app/views/resource_detail.py" line="345" />
      <source>Summary</source>
      <translation>资源摘要</translation>
    </message>
    <message>
      <location filename="../app/views/resource_detail.py" line="345" />
      <source>Format</source>
      <translation>资源格式</translation>
    </message>
    <message>
      <location filename="../app/views/resource_detail.py" line="346" />
      <source>Share attribute (R10)</source>
      <translation>共享属性（R10）</translation>
    </message>
    <message>
      <location filename="../app/views/resource_detail.py" line="347" />
      <source>Share conditions</source>
      <translation>共享条件</translation>
    </message>
    <message>
      <location filename="../app/views/resource_detail.py" line="347" />
      <source>Legal basis</source>
      <translation>法律依据</translation>
    </message>
    <message>
      <location filename="../app/views/resource_detail.py" line="348" />
      <source>Share method (R4)</source>
      <translation>共享方式（R4）</translation>
    </message>
    <message>
      <location filename="../app/views/resource_detail.py" line="349" />
      <source>Usage scope (R4)</source>
      <translation>使用范围（R4）</translation>
    </message>
    <message>
      <location filename="../app/views/resource_detail.py" line="350" />
      <source>Open to the public</source>
      <translation>开放属性</translation>
    </message>
    <message>
      <location filename="../app/views/resource_detail.py" line="351" />
      <source>Update cycle</source>
      <translation>更新周期</translation>
    </message>
    <message>
      <location filename="../app/views/resource_detail.py" line="351" />
      <source>Catalog type (R3)</source>
      <translation>目录类型（R3）</translation>
    </message>
    <message>
      <location filename="../app/views/resource_detail.py" line="352" />
      <source>Published on</source>
      <translation>发布日期</translation>
    </message>
    <message>
      <location filename="../app/views/resource_detail.py" line="352" />
      <source>Related codes</source>
      <translation>关联资源代码</translation>
    </message>
    <message>
      <location filename="../app/views/resource_detail.py" line="360" />
      <source>Overview</source>
      <translation>基本信息</translation>
    </message>
    <message numerus="yes">
      <location filename="../app/views/resource_detail.py" line="361" />
      <source>Data items (%n)</source>
      <translation>
        <numerusform>数据项（%n）</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../app/views/resource_detail.py" line="362" />
      <source>Requests and feedback (%n)</source>
      <translation>
        <numerusform>申请与反馈（%n）</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../app/views/resource_detail.py" line="363" />
      <source>What your department asked for or reported</source>
      <translation>本部门就该资源提出的共享申请和疑义反馈</translation>
    </message>
  </context>
  <context>
    <name>ResourceHistoryTable</name>
    <message>
      <location filename="../app/views/resource_detail_history.py" line="74" />
      <source>Share request</source>
      <translation>共享申请</translation>
    </message>
    <message>
      <location filename="../app/views/resource_detail_history.py" line="78" />
      <source>%1 on “%2”</source>
      <translation>关于“%2”的%1</translation>
    </message>
    <message>
      <location filename="../app/views/resource_detail_history.py" line="94" />
      <source>%1 (estimated: calendar not yet published)</source>
      <translation>%1（预估：节假日安排尚未公布）</translation>
    </message>
    <message numerus="yes">
      <location filename="../app/views/resource_detail_history.py" line="101" />
      <source>%n working day(s) from %1 — %2</source>
      <translation>
        <numerusform>自%1起 %n 个工作日——%2</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../app/views/resource_detail_history.py" line="106" />
      <source>Item</source>
      <translation>事项</translation>
    </message>
    <message>
      <location filename="../app/views/resource_detail_history.py" line="106" />
      <source>Status</source>
      <translation>状态</translation>
    </message>
    <message>
      <location filename="../app/views/resource_detail_history.py" line="106" />
      <source>Submitted</source>
      <translation>提交日期</translation>
    </message>
    <message>
      <location filename="../app/views/resource_detail_history.py" line="106" />
      <source>Due</source>
      <translation>截止日期</translation>
    </message>
  </context>
  <context>
    <name>ScorecardModel</name>
    <message>
      <location filename="../app/views/scorecard_model.py" line="104" />
      <source>Department</source>
      <translation>部门</translation>
    </message>
    <message>
      <location filename="../app/views/scorecard_model.py" line="106" />
      <source>Level</source>
      <translation>层级</translation>
    </message>
    <message numerus="yes">
      <location filename="../app/views/scorecard_model.py" line="141" />
      <source>%1 — %2: %3 (rule %4). %n item(s) behind it; double-click to list them.</source>
      <translation>
        <numerusform>%1——%2：%3（依据 %4）。涉及 %n 个事项，双击可查看明细。</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../app/views/scorecard_model.py" line="146" />
      <source>Weak figure: the supervisor should look into it (R25).</source>
      <translation>指标偏弱：共享主管部门应予关注（R25）。</translation>
    </message>
  </context>
  <context>
    <name>ScorecardPage</name>
    <message>
      <location filename="../app/views/scorecard_page.py" line="143" />
      <source>Evaluation scorecard</source>
      <translation>评价统计表</translation>
    </message>
    <message>
      <location filename="../app/views/scorecard_page.py" line="144" />
      <source>&amp;Period:</source>
      <translation>统计周期(&amp;P)：</translation>
    </message>
    <message>
      <location filename="../app/views/scorecard_page.py" line="145" />
      <source>&amp;Department:</source>
      <translation>部门(&amp;D)：</translation>
    </message>
    <message>
      <location filename="../app/views/scorecard_page.py" line="146" />
      <source>&amp;Level:</source>
      <translation>层级(&amp;L)：</translation>
    </message>
    <message>
      <location filename="../app/views/scorecard_page.py" line="147" />
      <source>&amp;Compute</source>
      <translation>统计(&amp;C)</translation>
    </message>
    <message>
      <location filename="../app/views/scorecard_page.py" line="148" />
      <source>Export CS&amp;V…</source>
      <translation>导出 CSV(&amp;V)…</translation>
    </message>
    <message>
      <location filename="../app/views/scorecard_page.py" line="149" />
      <source>Export &amp;XLSX…</source>
      <translation>导出 XLSX(&amp;X)…</translation>
    </message>
    <message>
      <location filename="../app/views/scorecard_page.py" line="150" />
      <source>Month</source>
      <translation>月度</translation>
    </message>
    <message>
      <location filename="../app/views/scorecard_page.py" line="150" />
      <source>Quarter</source>
      <translation>季度</translation>
    </message>
    <message>
      <location filename="../app/views/scorecard_page.py" line="150" />
      <source>Year</source>
      <translation>年度</translation>
    </message>
    <message>
      <location filename="../app/views/scorecard_page.py" line="162" />
      <source>All levels</source>
      <translation>全部层级</translation>
    </message>
    <message>
      <location filename="../app/views/scorecard_page.py" line="165" />
      <source>All departments</source>
      <translation>全部部门</translation>
    </message>
    <message>
      <location filename="../app/views/scorecard_page.py" line="166" />
      <source>Replies on time (%) — R13</source>
      <translation>按时答复率（%）——R13</translation>
    </message>
    <message>
      <location filename="../app/views/scorecard_page.py" line="167" />
      <source>Median working days to reply — R13</source>
      <translation>答复用时中位数（工作日）——R13</translation>
    </message>
    <message>
      <location filename="../app/views/scorecard_page.py" line="192" />
      <source>Month %1</source>
      <translation>%1 月</translation>
    </message>
    <message>
      <location filename="../app/views/scorecard_page.py" line="194" />
      <source>Quarter %1</source>
      <translation>第 %1 季度</translation>
    </message>
    <message>
      <location filename="../app/views/scorecard_page.py" line="246" />
      <source>Computing the scorecard for %1…</source>
      <translation>正在统计 %1 的评价数据…</translation>
    </message>
    <message numerus="yes">
      <location filename="../app/views/scorecard_page.py" line="258" />
      <source>%1 (%2 to %3), counted on %4 from the local copy; %n department(s).</source>
      <translation>
        <numerusform>%1（%2 至 %3），于 %4 根据本地副本统计；共 %n 个部门。</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../app/views/scorecard_page.py" line="303" />
      <source>CSV files (*.csv)</source>
      <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
      <location filename="../app/views/scorecard_page.py" line="304" />
      <source>Excel workbooks (*.xlsx)</source>
      <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
      <location filename="../app/views/scorecard_page.py" line="305" />
      <source>Export the scorecard</source>
      <translation>导出评价统计表</translation>
    </message>
    <message>
      <location filename="../app/views/scorecard_page.py" line="331" />
      <source>Scorecard exported to %1</source>
      <translation>评价统计表已导出至 %1</translation>
    </message>
  </context>
  <context>
    <name>SettingsDialog</name>
    <message>
      <location filename="../app/views/settings_dialog.py" line="166" />
      <source>Settings — ShareDesk</source>
      <translation>设置 — ShareDesk</translation>
    </message>
    <message>
      <location filename="../app/views/settings_dialog.py" line="167" />
      <source>General</source>
      <translation>常规</translation>
    </message>
    <message>
      <location filename="../app/views/settings_dialog.py" line="168" />
      <source>Network</source>
      <translation>网络</translation>
    </message>
    <message>
      <location filename="../app/views/settings_dialog.py" line="169" />
      <source>Local data</source>
      <translation>本地数据</translation>
    </message>
    <message>
      <location filename="../app/views/settings_dialog.py" line="170" />
      <source>&amp;Language:</source>
      <translation>语言(&amp;L)：</translation>
    </message>
    <message>
      <location filename="../app/views/settings_dialog.py" line="171" />
      <source>S&amp;ync every:</source>
      <translation>同步间隔(&amp;Y)：</translation>
    </message>
    <message>
      <location filename="../app/views/settings_dialog.py" line="172" />
      <source> min</source>
      <translation> 分钟</translation>
    </message>
    <message>
      <location filename="../app/views/settings_dialog.py" line="173" />
      <source>&amp;Proxy:</source>
      <translation>代理服务器(&amp;P)：</translation>
    </message>
    <message>
      <location filename="../app/views/settings_dialog.py" line="174" />
      <source>Extra &amp;CA file:</source>
      <translation>附加 CA 证书文件(&amp;C)：</translation>
    </message>
    <message>
      <location filename="../app/views/settings_dialog.py" line="175" />
      <source>&amp;Browse…</source>
      <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
      <location filename="../app/views/settings_dialog.py" line="176" />
      <source>Data folder:</source>
      <translation>数据文件夹：</translation>
    </message>
    <message>
      <location filename="../app/views/settings_dialog.py" line="177" />
      <source>Open &amp;folder</source>
      <translation>打开文件夹(&amp;F)</translation>
    </message>
    <message>
      <location filename="../app/views/settings_dialog.py" line="178" />
      <source>&amp;Export diagnostics…</source>
      <translation>导出诊断信息(&amp;E)…</translation>
    </message>
    <message>
      <location filename="../app/views/settings_dialog.py" line="180" />
      <source>Writes versions, paths, the local store's counts and the last sync errors for your IT department. No passwords, tokens or personal data.</source>
      <translation>导出版本、路径、本地数据统计和最近的同步错误，供本单位信息技术部门排查问题。不含密码、令牌或个人信息。</translation>
    </message>
    <message>
      <location filename="../app/views/settings_dialog.py" line="182" />
      <source>Greyed-out settings are locked by your IT department.</source>
      <translation>灰色显示的设置项已由本单位信息技术部门锁定。</translation>
    </message>
    <message>
      <location filename="../app/views/settings_dialog.py" line="184" />
      <source>Proxy and CA file take effect the next time you sign in. The system's trusted certificates are always used as well.</source>
      <translation>代理服务器和 CA 证书文件在下次登录时生效。系统信任的证书始终同时有效。</translation>
    </message>
    <message>
      <location filename="../app/views/settings_dialog.py" line="187" />
      <source>Locked by your IT department.</source>
      <translation>已由本单位信息技术部门锁定。</translation>
    </message>
    <message>
      <location filename="../app/views/settings_dialog.py" line="227" />
      <source>The CA file %1 does not exist.</source>
      <translation>CA 证书文件 %1 不存在。</translation>
    </message>
    <message>
      <location filename="../app/views/settings_dialog.py" line="238" />
      <source>Choose a CA certificate</source>
      <translation>选择 CA 证书</translation>
    </message>
    <message>
      <location filename="../app/views/settings_dialog.py" line="239" />
      <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
      <translation>证书 (*.pem *.crt *.cer);;所有文件 (*)</translation>
    </message>
    <message>
      <location filename="../app/views/settings_dialog.py" line="252" />
      <source>Export diagnostics</source>
      <translation>导出诊断信息</translation>
    </message>
    <message>
      <location filename="../app/views/settings_dialog.py" line="252" />
      <source>JSON report (*.json)</source>
      <translation>JSON 报告 (*.json)</translation>
    </message>
    <message>
      <location filename="../app/views/settings_dialog.py" line="262" />
      <source>Writing the diagnostics report…</source>
      <translation>正在写入诊断报告…</translation>
    </message>
    <message>
      <location filename="../app/views/settings_dialog.py" line="270" />
      <source>Diagnostics written to %1.</source>
      <translation>诊断信息已写入 %1。</translation>
    </message>
    <message>
      <location filename="../app/views/settings_dialog.py" line="278" />
      <source>The diagnostics report could not be written: %1</source>
      <translation>无法写入诊断报告：%1</translation>
    </message>
  </context>
  <context>
    <name>ShareDesk</name>
    <message>
      <location filename="../app/application.py" line="144" />
      <source>Local data repaired</source>
      <translation>本地数据已修复</translation>
    </message>
    <message>
      <location filename="../app/application.py" line="153" />
      <source>The local data file was damaged and has been rebuilt.</source>
      <translation>本地数据文件已损坏，现已重建。</translation>
    </message>
    <message numerus="yes">
      <location filename="../app/application.py" line="154" />
      <source>%n queued item(s) were kept.</source>
      <translation>
        <numerusform>已保留 %n 项待发送事项。</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../app/application.py" line="156" />
      <source>%n queued item(s) could not be read.</source>
      <translation>
        <numerusform>%n 项待发送事项无法读取。</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../app/application.py" line="157" />
      <source>Everything else is being synchronised again from the platform.</source>
      <translation>其余数据正在从共享平台重新同步。</translation>
    </message>
    <message>
      <location filename="../app/application.py" line="158" />
      <source>The damaged file was kept at %1.</source>
      <translation>损坏的文件已保存至 %1。</translation>
    </message>
    <message>
      <location filename="../app/application.py" line="240" />
      <source>The demo platform could not be switched (%1).</source>
      <translation>无法切换演示平台的网络状态（%1）。</translation>
    </message>
    <message>
      <location filename="../app/application.py" line="257" />
      <source>ShareDesk demo</source>
      <translation>ShareDesk 演示</translation>
    </message>
    <message>
      <location filename="../app/application.py" line="258" />
      <source>Signing in to the demo platform failed (%1).</source>
      <translation>登录演示平台失败（%1）。</translation>
    </message>
  </context>
  <context>
    <name>SupervisionModel</name>
    <message>
      <location filename="../app/views/supervision_model.py" line="87" />
      <source>Group</source>
      <translation>分组</translation>
    </message>
    <message>
      <location filename="../app/views/supervision_model.py" line="87" />
      <source>Item</source>
      <translation>事项</translation>
    </message>
    <message>
      <location filename="../app/views/supervision_model.py" line="87" />
      <source>Department to act</source>
      <translation>承办部门</translation>
    </message>
    <message>
      <location filename="../app/views/supervision_model.py" line="88" />
      <source>Level</source>
      <translation>层级</translation>
    </message>
    <message>
      <location filename="../app/views/supervision_model.py" line="88" />
      <source>Status</source>
      <translation>状态</translation>
    </message>
    <message>
      <location filename="../app/views/supervision_model.py" line="88" />
      <source>Due date</source>
      <translation>截止日期</translation>
    </message>
    <message>
      <location filename="../app/views/supervision_model.py" line="89" />
      <source>Working days left</source>
      <translation>剩余工作日</translation>
    </message>
    <message>
      <location filename="../app/views/supervision_model.py" line="89" />
      <source>Sync</source>
      <translation>同步</translation>
    </message>
    <message>
      <location filename="../app/views/supervision_model.py" line="130" />
      <source>Handled at another level</source>
      <translation>由其他层级办理</translation>
    </message>
    <message>
      <location filename="../app/views/supervision_model.py" line="132" />
      <source>⟳ Waiting to send</source>
      <translation>⟳ 待发送</translation>
    </message>
    <message>
      <location filename="../app/views/supervision_model.py" line="133" />
      <source>⟳ Sending</source>
      <translation>⟳ 发送中</translation>
    </message>
    <message>
      <location filename="../app/views/supervision_model.py" line="134" />
      <source>⚠ Needs attention (Outbox)</source>
      <translation>⚠ 需处理（发件箱）</translation>
    </message>
    <message>
      <location filename="../app/views/supervision_model.py" line="135" />
      <source>⚠ Changed meanwhile: compare</source>
      <translation>⚠ 已被修改：请对比</translation>
    </message>
    <message>
      <location filename="../app/views/supervision_model.py" line="136" />
      <source>✎ Being edited (Outbox)</source>
      <translation>✎ 编辑中（发件箱）</translation>
    </message>
    <message>
      <location filename="../app/views/supervision_model.py" line="147" />
      <source>Your decision is not yet confirmed by the platform.</source>
      <translation>您的处理决定尚未经共享平台确认。</translation>
    </message>
    <message>
      <location filename="../app/views/supervision_model.py" line="157" />
      <source>Reason: %1</source>
      <translation>理由：%1</translation>
    </message>
    <message>
      <location filename="../app/views/supervision_model.py" line="158" />
      <source>Purpose (R11): %1</source>
      <translation>使用用途（R11）：%1</translation>
    </message>
    <message>
      <location filename="../app/views/supervision_model.py" line="159" />
      <source>Legal basis: %1</source>
      <translation>法律依据：%1</translation>
    </message>
    <message>
      <location filename="../app/views/supervision_model.py" line="160" />
      <source>Reported: %1</source>
      <translation>反馈内容：%1</translation>
    </message>
    <message>
      <location filename="../app/views/supervision_model.py" line="161" />
      <source>Summary: %1</source>
      <translation>摘要：%1</translation>
    </message>
    <message>
      <location filename="../app/views/supervision_model.py" line="162" />
      <source>Decision: %1</source>
      <translation>协调决定：%1</translation>
    </message>
    <message>
      <location filename="../app/views/supervision_model.py" line="164" />
      <source>Review comment (R3): %1</source>
      <translation>审核意见（R3）：%1</translation>
    </message>
    <message>
      <location filename="../app/views/supervision_model.py" line="172" />
      <source>Share conditions (R10): %1</source>
      <translation>共享条件（R10）：%1</translation>
    </message>
    <message>
      <location filename="../app/views/supervision_model.py" line="174" />
      <source>Legal basis (R10): %1</source>
      <translation>法律依据（R10）：%1</translation>
    </message>
  </context>
  <context>
    <name>SupervisionPage</name>
    <message>
      <location filename="../app/views/supervision_page.py" line="174" />
      <source>&amp;Department:</source>
      <translation>部门(&amp;D)：</translation>
    </message>
    <message>
      <location filename="../app/views/supervision_page.py" line="175" />
      <source>&amp;Level:</source>
      <translation>层级(&amp;L)：</translation>
    </message>
    <message>
      <location filename="../app/views/supervision_page.py" line="176" />
      <source>Re&amp;fresh</source>
      <translation>刷新(&amp;F)</translation>
    </message>
    <message>
      <location filename="../app/views/supervision_page.py" line="177" />
      <source>De&amp;cide…</source>
      <translation>作出决定(&amp;C)…</translation>
    </message>
    <message>
      <location filename="../app/views/supervision_page.py" line="177" />
      <source>&amp;Escalate…</source>
      <translation>提请上级协调(&amp;E)…</translation>
    </message>
    <message>
      <location filename="../app/views/supervision_page.py" line="178" />
      <source>Ac&amp;knowledge…</source>
      <translation>确认备案(&amp;K)…</translation>
    </message>
    <message>
      <location filename="../app/views/supervision_page.py" line="178" />
      <source>A&amp;pprove…</source>
      <translation>审核通过(&amp;P)…</translation>
    </message>
    <message>
      <location filename="../app/views/supervision_page.py" line="179" />
      <source>Re&amp;turn…</source>
      <translation>退回(&amp;T)…</translation>
    </message>
    <message>
      <location filename="../app/views/supervision_page.py" line="179" />
      <source>Re&amp;mind…</source>
      <translation>督促(&amp;M)…</translation>
    </message>
    <message>
      <location filename="../app/views/supervision_page.py" line="180" />
      <source>Compare &amp;versions…</source>
      <translation>对比版本(&amp;V)…</translation>
    </message>
    <message>
      <location filename="../app/views/supervision_page.py" line="183" />
      <source>Groups of pending items</source>
      <translation>待办事项分组</translation>
    </message>
    <message>
      <location filename="../app/views/supervision_page.py" line="184" />
      <source>Pending items</source>
      <translation>待办事项</translation>
    </message>
    <message>
      <location filename="../app/views/supervision_page.py" line="204" />
      <source>All levels</source>
      <translation>全部层级</translation>
    </message>
    <message>
      <location filename="../app/views/supervision_page.py" line="241" />
      <source>All departments</source>
      <translation>全部部门</translation>
    </message>
    <message>
      <location filename="../app/views/supervision_page.py" line="266" />
      <source>All pending (%1)</source>
      <translation>全部待办（%1）</translation>
    </message>
    <message>
      <location filename="../app/views/supervision_page.py" line="278" />
      <source>%1 pending, %2 overdue</source>
      <translation>待办 %1 项，逾期 %2 项</translation>
    </message>
    <message>
      <location filename="../app/views/supervision_page.py" line="336" />
      <source>Nothing pending here.</source>
      <translation>此处没有待办事项。</translation>
    </message>
    <message>
      <location filename="../app/views/supervision_page.py" line="340" />
      <source>Due %1</source>
      <translation>截止日期：%1</translation>
    </message>
    <message>
      <location filename="../app/views/supervision_page.py" line="365" />
      <source>Decision queued; it is sent with the next sync.</source>
      <translation>处理决定已放入发件箱，将在下次同步时发送。</translation>
    </message>
  </context>
  <context>
    <name>TemplateManager</name>
    <message>
      <location filename="../app/views/template_manager.py" line="183" />
      <source>Reason templates</source>
      <translation>理由模板</translation>
    </message>
    <message>
      <location filename="../app/views/template_manager.py" line="184" />
      <source>&amp;Kind:</source>
      <translation>类型(&amp;K)：</translation>
    </message>
    <message>
      <location filename="../app/views/template_manager.py" line="185" />
      <source>T&amp;itle:</source>
      <translation>标题(&amp;I)：</translation>
    </message>
    <message>
      <location filename="../app/views/template_manager.py" line="186" />
      <source>Te&amp;xt:</source>
      <translation>正文(&amp;X)：</translation>
    </message>
    <message>
      <location filename="../app/views/template_manager.py" line="187" />
      <source>Filled in when inserted: %1</source>
      <translation>插入时自动填写：%1</translation>
    </message>
    <message>
      <location filename="../app/views/template_manager.py" line="189" />
      <source>&amp;New</source>
      <translation>新建(&amp;N)</translation>
    </message>
    <message>
      <location filename="../app/views/template_manager.py" line="190" />
      <source>&amp;Save</source>
      <translation>保存(&amp;S)</translation>
    </message>
    <message>
      <location filename="../app/views/template_manager.py" line="191" />
      <source>&amp;Delete</source>
      <translation>删除(&amp;D)</translation>
    </message>
    <message>
      <location filename="../app/views/template_manager.py" line="192" />
      <source>Templates</source>
      <translation>模板</translation>
    </message>
  </context>
  <context>
    <name>TimelineView</name>
    <message>
      <location filename="../app/views/timeline.py" line="39" />
      <source>Time</source>
      <translation>时间</translation>
    </message>
    <message>
      <location filename="../app/views/timeline.py" line="39" />
      <source>Who</source>
      <translation>操作人</translation>
    </message>
    <message>
      <location filename="../app/views/timeline.py" line="39" />
      <source>Action</source>
      <translation>操作</translation>
    </message>
    <message>
      <location filename="../app/views/timeline.py" line="40" />
      <source>Note</source>
      <translation>备注</translation>
    </message>
    <message>
      <location filename="../app/views/timeline.py" line="40" />
      <source>Rule</source>
      <translation>依据</translation>
    </message>
    <message>
      <location filename="../app/views/timeline.py" line="41" />
      <source>Timeline of the request</source>
      <translation>申请办理过程</translation>
    </message>
  </context>
</TS>
