<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>CatalogFilters</name>
    <message>
        <location filename="../app/views/catalog_filters.py" line="106"/>
        <source>S&amp;hare:</source>
        <translation>共享属性(&amp;H)：</translation>
    </message>
    <message>
        <location filename="../app/views/catalog_filters.py" line="107"/>
        <source>Ca&amp;talog:</source>
        <translation>目录类型(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../app/views/catalog_filters.py" line="108"/>
        <source>&amp;Provider:</source>
        <translation>提供部门(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../app/views/catalog_filters.py" line="109"/>
        <source>&amp;Update cycle:</source>
        <translation>更新周期(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../app/views/catalog_filters.py" line="110"/>
        <source>All share attributes</source>
        <translation>全部共享属性</translation>
    </message>
    <message>
        <location filename="../app/views/catalog_filters.py" line="111"/>
        <source>All catalog types</source>
        <translation>全部目录类型</translation>
    </message>
    <message>
        <location filename="../app/views/catalog_filters.py" line="112"/>
        <source>All providers</source>
        <translation>全部提供部门</translation>
    </message>
    <message>
        <location filename="../app/views/catalog_filters.py" line="113"/>
        <source>All update cycles</source>
        <translation>全部更新周期</translation>
    </message>
    <message>
        <location filename="../app/views/catalog_filters.py" line="114"/>
        <source>Share attribute (R10)</source>
        <translation>共享属性（R10）</translation>
    </message>
    <message>
        <location filename="../app/views/catalog_filters.py" line="115"/>
        <source>Basic, thematic or departmental catalog (R3)</source>
        <translation>基础、主题或部门信息资源目录（R3）</translation>
    </message>
</context>
<context>
    <name>CatalogModel</name>
    <message>
        <location filename="../app/views/catalog_model.py" line="313"/>
        <source>%1 (%2: not in the published catalog)</source>
        <translation>%1（%2：不在已发布的资源目录中）</translation>
    </message>
    <message>
        <location filename="../app/views/catalog_model.py" line="324"/>
        <source>Share attribute (R10); not sortable</source>
        <translation>共享属性（R10）；不可排序</translation>
    </message>
    <message>
        <location filename="../app/views/catalog_model.py" line="325"/>
        <source>Catalog type (R3); not sortable</source>
        <translation>目录类型（R3）；不可排序</translation>
    </message>
    <message>
        <location filename="../app/views/catalog_model.py" line="326"/>
        <source>Update cycle</source>
        <translation>更新周期</translation>
    </message>
    <message>
        <location filename="../app/views/catalog_model.py" line="332"/>
        <source>Resource name</source>
        <translation>资源名称</translation>
    </message>
    <message>
        <location filename="../app/views/catalog_model.py" line="333"/>
        <source>Resource code</source>
        <translation>资源代码</translation>
    </message>
    <message>
        <location filename="../app/views/catalog_model.py" line="334"/>
        <source>Provider</source>
        <translation>提供部门</translation>
    </message>
    <message>
        <location filename="../app/views/catalog_model.py" line="335"/>
        <source>Share</source>
        <translation>共享属性</translation>
    </message>
    <message>
        <location filename="../app/views/catalog_model.py" line="336"/>
        <source>Catalog</source>
        <translation>目录类型</translation>
    </message>
    <message>
        <location filename="../app/views/catalog_model.py" line="337"/>
        <source>Cycle</source>
        <translation>更新周期</translation>
    </message>
    <message>
        <location filename="../app/views/catalog_model.py" line="338"/>
        <source>Published</source>
        <translation>发布日期</translation>
    </message>
</context>
<context>
    <name>CatalogPage</name>
    <message>
        <location filename="../app/views/catalog_page.py" line="254"/>
        <source>Searching…</source>
        <translation>正在搜索…</translation>
    </message>
    <message>
        <location filename="../app/views/catalog_page.py" line="280"/>
        <source>Search failed: %1</source>
        <translation>搜索失败：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/views/catalog_page.py" line="284"/>
        <source>%n resource(s)</source>
        <translation>
            <numerusform>共 %n 项资源</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/views/catalog_page.py" line="345"/>
        <source>&amp;Search:</source>
        <translation>搜索(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../app/views/catalog_page.py" line="347"/>
        <source>Name, code, summary or data item — e.g. 身份证, 户籍</source>
        <translation>资源名称、资源代码、摘要或数据项，例如：身份证、户籍</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../app/views/conflict_dialog.py" line="39"/>
        <source>Both versions</source>
        <translation>版本对比</translation>
    </message>
    <message>
        <location filename="../app/views/conflict_dialog.py" line="40"/>
        <source>Someone changed this object after you acted on it. Your command was made on version %1; the platform now holds version %2.</source>
        <translation>您操作之后，该对象已被他人修改。您的操作基于版本 %1，共享平台当前为版本 %2。</translation>
    </message>
    <message>
        <location filename="../app/views/conflict_dialog.py" line="47"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../app/views/conflict_dialog.py" line="47"/>
        <source>What you acted on</source>
        <translation>您操作时的内容</translation>
    </message>
    <message>
        <location filename="../app/views/conflict_dialog.py" line="48"/>
        <source>The platform now</source>
        <translation>平台当前内容</translation>
    </message>
    <message>
        <location filename="../app/views/conflict_dialog.py" line="66"/>
        <source>&amp;Send again on the current version</source>
        <translation>基于当前版本重新发送(&amp;S)</translation>
    </message>
    <message>
        <location filename="../app/views/conflict_dialog.py" line="67"/>
        <source>&amp;Discard my command…</source>
        <translation>放弃我的操作(&amp;D)…</translation>
    </message>
</context>
<context>
    <name>Countdown</name>
    <message numerus="yes">
        <location filename="../app/views/urgency.py" line="59"/>
        <source>Overdue by %n working day(s)</source>
        <translation>
            <numerusform>已逾期 %n 个工作日</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/views/urgency.py" line="61"/>
        <source>Due today</source>
        <translation>今日到期</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/views/urgency.py" line="63"/>
        <source>%n working day(s) left</source>
        <translation>
            <numerusform>剩余 %n 个工作日</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/views/urgency.py" line="68"/>
        <source>%1 (estimated)</source>
        <translation>%1（预估）</translation>
    </message>
    <message>
        <location filename="../app/views/urgency.py" line="75"/>
        <source>Due at the close of %1.</source>
        <translation>期限至 %1 当日工作时间结束。</translation>
    </message>
    <message>
        <location filename="../app/views/urgency.py" line="77"/>
        <source>Rule: %1</source>
        <translation>依据：%1</translation>
    </message>
    <message>
        <location filename="../app/views/urgency.py" line="79"/>
        <source>Estimated: the official holiday calendar of that year has not been published, so its weekdays were counted as working days.</source>
        <translation>预估：该年度的法定节假日安排尚未公布，暂将其周一至周五均按工作日计算。</translation>
    </message>
</context>
<context>
    <name>DemoChooser</name>
    <message>
        <location filename="../app/views/demo_chooser.py" line="48"/>
        <source>Starting the demo platform with sample data…</source>
        <translation>正在启动演示平台并生成示例数据…</translation>
    </message>
    <message>
        <location filename="../app/views/demo_chooser.py" line="51"/>
        <source>ShareDesk demo</source>
        <translation>ShareDesk 演示</translation>
    </message>
    <message>
        <location filename="../app/views/demo_chooser.py" line="56"/>
        <source>Choose whose desk to sit at (password: sharedesk-demo):</source>
        <translation>请选择要使用的演示账号（密码：sharedesk-demo）：</translation>
    </message>
    <message>
        <location filename="../app/views/demo_chooser.py" line="71"/>
        <source>The demo platform could not start: %1</source>
        <translation>演示平台无法启动：%1</translation>
    </message>
</context>
<context>
    <name>Desk</name>
    <message>
        <location filename="../app/desk.py" line="125"/>
        <source>&amp;ShareDesk</source>
        <translation>ShareDesk(&amp;S)</translation>
    </message>
    <message>
        <location filename="../app/desk.py" line="126"/>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../app/desk.py" line="127"/>
        <source>&amp;About ShareDesk</source>
        <translation>关于 ShareDesk(&amp;A)</translation>
    </message>
    <message>
        <location filename="../app/desk.py" line="128"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../app/desk.py" line="137"/>
        <source>About ShareDesk</source>
        <translation>关于 ShareDesk</translation>
    </message>
    <message>
        <location filename="../app/desk.py" line="138"/>
        <source>ShareDesk %1 — the desktop client of the government information resource sharing platform.</source>
        <translation>ShareDesk %1——政务信息资源共享平台桌面客户端。</translation>
    </message>
    <message>
        <location filename="../app/desk.py" line="218"/>
        <source>Sending the outbox…</source>
        <translation>正在发送发件箱中的事项…</translation>
    </message>
    <message>
        <location filename="../app/desk.py" line="219"/>
        <source>Downloading the catalog: %1</source>
        <translation>正在下载资源目录：%1</translation>
    </message>
    <message>
        <location filename="../app/desk.py" line="220"/>
        <source>Fetching changes: %1</source>
        <translation>正在获取更新：%1</translation>
    </message>
    <message>
        <location filename="../app/desk.py" line="221"/>
        <source>Updating rules and calendars…</source>
        <translation>正在更新共享规则和工作日历…</translation>
    </message>
    <message>
        <location filename="../app/desk.py" line="251"/>
        <source>Sync stopped: %1</source>
        <translation>同步已中止：%1</translation>
    </message>
    <message>
        <location filename="../app/desk.py" line="258"/>
        <source>Sync once before asking for resources.</source>
        <translation>请先完成一次同步，再申请资源。</translation>
    </message>
    <message>
        <location filename="../app/desk.py" line="266"/>
        <source>This catalog entry is not in the local copy; sync and try again.</source>
        <translation>本地副本中没有该目录条目，请同步后重试。</translation>
    </message>
    <message>
        <location filename="../app/desk.py" line="285"/>
        <source>Error reports are coming in a later version.</source>
        <translation>疑义、错误信息反馈功能将在后续版本中提供。</translation>
    </message>
</context>
<context>
    <name>FormFields</name>
    <message>
        <location filename="../app/views/request_form_fields.py" line="312"/>
        <source>%1 — provided by %2</source>
        <translation>%1——提供部门：%2</translation>
    </message>
    <message>
        <location filename="../app/views/request_form_fields.py" line="317"/>
        <source>Unconditional sharing: state the purpose and the items; the resource is obtained through the platform (R12).</source>
        <translation>无条件共享：请填写使用用途和所需数据项，资源通过共享平台直接获取（R12）。</translation>
    </message>
    <message>
        <location filename="../app/views/request_form_fields.py" line="320"/>
        <source>Conditional sharing: the provider replies in writing (R13). Conditions: %1</source>
        <translation>有条件共享：提供部门将予以书面答复（R13）。共享条件：%1</translation>
    </message>
    <message>
        <location filename="../app/views/request_form_fields.py" line="322"/>
        <source>Not shared: this request opens a negotiation with the provider, who files any agreement (R14).</source>
        <translation>不予共享：提交本申请即与提供部门启动协商；提供部门同意提供的，须报共享主管部门备案（R14）。</translation>
    </message>
    <message>
        <location filename="../app/views/request_form_fields.py" line="328"/>
        <source>&amp;Purpose of use (R11) *</source>
        <translation>使用用途（R11）(&amp;P) *</translation>
    </message>
    <message>
        <location filename="../app/views/request_form_fields.py" line="329"/>
        <source>&amp;Legal basis *</source>
        <translation>法律依据(&amp;L) *</translation>
    </message>
    <message>
        <location filename="../app/views/request_form_fields.py" line="330"/>
        <source>&amp;Legal basis</source>
        <translation>法律依据(&amp;L)</translation>
    </message>
    <message>
        <location filename="../app/views/request_form_fields.py" line="331"/>
        <source>&amp;Reason for negotiation (R14) *</source>
        <translation>协商理由（R14）(&amp;R) *</translation>
    </message>
    <message>
        <location filename="../app/views/request_form_fields.py" line="332"/>
        <source>Scenario of &amp;use</source>
        <translation>使用场景(&amp;U)</translation>
    </message>
    <message>
        <location filename="../app/views/request_form_fields.py" line="333"/>
        <source>Data &amp;items wanted *</source>
        <translation>所需数据项(&amp;I) *</translation>
    </message>
    <message>
        <location filename="../app/views/request_form_fields.py" line="334"/>
        <source>Usage &amp;scope</source>
        <translation>使用范围(&amp;S)</translation>
    </message>
    <message>
        <location filename="../app/views/request_form_fields.py" line="335"/>
        <source>Pe&amp;riod of use</source>
        <translation>使用期限(&amp;R)</translation>
    </message>
    <message>
        <location filename="../app/views/request_form_fields.py" line="336"/>
        <source>&amp;Contact</source>
        <translation>联系人(&amp;C)</translation>
    </message>
    <message>
        <location filename="../app/views/request_form_fields.py" line="337"/>
        <source>&amp;Contact *</source>
        <translation>联系人(&amp;C) *</translation>
    </message>
    <message>
        <location filename="../app/views/request_form_fields.py" line="338"/>
        <source>&amp;Phone</source>
        <translation>联系电话(&amp;P)</translation>
    </message>
    <message>
        <location filename="../app/views/request_form_fields.py" line="339"/>
        <source>&amp;Phone *</source>
        <translation>联系电话(&amp;P) *</translation>
    </message>
    <message>
        <location filename="../app/views/request_form_fields.py" line="340"/>
        <source>Attac&amp;hments</source>
        <translation>附件(&amp;H)</translation>
    </message>
    <message>
        <location filename="../app/views/request_form_fields.py" line="346"/>
        <source>Which of your department&apos;s duties the data serves, e.g. verifying identities when registering businesses</source>
        <translation>请说明数据用于本部门的哪项职责，例如：办理企业登记时核验身份</translation>
    </message>
    <message>
        <location filename="../app/views/request_form_fields.py" line="349"/>
        <source>The law, regulation or document your duty rests on</source>
        <translation>履行该职责所依据的法律、法规或文件</translation>
    </message>
    <message>
        <location filename="../app/views/request_form_fields.py" line="351"/>
        <source>Where the data will be used (R16: only for your own duties)</source>
        <translation>数据将在何处使用（R16：仅限用于本部门履行职责）</translation>
    </message>
    <message>
        <location filename="../app/views/request_form_fields.py" line="352"/>
        <source>Select &amp;all items</source>
        <translation>全选数据项(&amp;A)</translation>
    </message>
    <message>
        <location filename="../app/views/request_form_fields.py" line="353"/>
        <source>Select &amp;all shared items</source>
        <translation>全选可共享数据项(&amp;A)</translation>
    </message>
    <message>
        <location filename="../app/views/request_form_fields.py" line="355"/>
        <source>Limit to</source>
        <translation>限定期限</translation>
    </message>
    <message>
        <location filename="../app/views/request_form_fields.py" line="356"/>
        <source>A&amp;dd…</source>
        <translation>添加(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../app/views/request_form_fields.py" line="357"/>
        <source>Re&amp;move</source>
        <translation>移除(&amp;M)</translation>
    </message>
    <message>
        <location filename="../app/views/request_form_fields.py" line="358"/>
        <source>Save &amp;draft</source>
        <translation>保存草稿(&amp;D)</translation>
    </message>
    <message>
        <location filename="../app/views/request_form_fields.py" line="359"/>
        <source>Keep the text on this computer (Ctrl+S)</source>
        <translation>将填写的内容保存在本机（Ctrl+S）</translation>
    </message>
    <message>
        <location filename="../app/views/request_form_fields.py" line="360"/>
        <source>&amp;Submit</source>
        <translation>提交(&amp;S)</translation>
    </message>
    <message>
        <location filename="../app/views/request_form_fields.py" line="361"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../app/views/request_form_fields.py" line="367"/>
        <source>%1 (not shared)</source>
        <translation>%1（不予共享）</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../app/views/login_dialog.py" line="99"/>
        <source>Signing in with the session remembered on this computer…</source>
        <translation>正在使用本机保存的登录状态登录…</translation>
    </message>
    <message>
        <location filename="../app/views/login_dialog.py" line="178"/>
        <source>Sign in — ShareDesk</source>
        <translation>登录 — ShareDesk</translation>
    </message>
    <message>
        <location filename="../app/views/login_dialog.py" line="179"/>
        <source>Sign in to the government information sharing platform</source>
        <translation>登录政务信息资源共享平台</translation>
    </message>
    <message>
        <location filename="../app/views/login_dialog.py" line="180"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../app/views/login_dialog.py" line="182"/>
        <source>Sign in again — ShareDesk</source>
        <translation>重新登录 — ShareDesk</translation>
    </message>
    <message>
        <location filename="../app/views/login_dialog.py" line="184"/>
        <source>Your sign-in has ended. Enter your password to continue; everything queued in the outbox is kept.</source>
        <translation>您的登录已失效。请输入密码后继续；发件箱中待发送的事项均已保留。</translation>
    </message>
    <message>
        <location filename="../app/views/login_dialog.py" line="186"/>
        <source>Keep working offline</source>
        <translation>继续离线工作</translation>
    </message>
    <message>
        <location filename="../app/views/login_dialog.py" line="187"/>
        <source>&amp;Server:</source>
        <translation>服务器(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../app/views/login_dialog.py" line="188"/>
        <source>&amp;Username:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../app/views/login_dialog.py" line="189"/>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../app/views/login_dialog.py" line="191"/>
        <source>Set by your IT department; it cannot be changed here.</source>
        <translation>由本单位信息技术部门设定，此处不可修改。</translation>
    </message>
    <message>
        <location filename="../app/views/login_dialog.py" line="192"/>
        <source>&amp;Remember me on this computer</source>
        <translation>在本机记住登录状态(&amp;R)</translation>
    </message>
    <message>
        <location filename="../app/views/login_dialog.py" line="194"/>
        <source>Keeps only a sign-in token in the system keyring, never your password (R23).</source>
        <translation>仅在系统凭据库中保存登录令牌，不会保存您的密码（R23）。</translation>
    </message>
    <message>
        <location filename="../app/views/login_dialog.py" line="195"/>
        <source>Sign &amp;in</source>
        <translation>登录(&amp;I)</translation>
    </message>
    <message>
        <location filename="../app/views/login_dialog.py" line="231"/>
        <source>“Remember me” is not available: %1</source>
        <translation>无法使用“记住登录状态”：%1</translation>
    </message>
    <message>
        <location filename="../app/views/login_dialog.py" line="269"/>
        <source>Enter the server address, your username and your password.</source>
        <translation>请输入服务器地址、用户名和密码。</translation>
    </message>
    <message>
        <location filename="../app/views/login_dialog.py" line="284"/>
        <source>Signing in…</source>
        <translation>正在登录…</translation>
    </message>
    <message>
        <location filename="../app/views/login_dialog.py" line="311"/>
        <source>The session remembered on this computer has ended. Please sign in with your password.</source>
        <translation>本机保存的登录状态已失效，请使用密码登录。</translation>
    </message>
    <message>
        <location filename="../app/views/login_dialog.py" line="336"/>
        <source>This account is locked after too many wrong passwords, until %1. Try again then, or ask your administrator.</source>
        <translation>因密码错误次数过多，该账号已锁定至 %1。请届时重试，或联系系统管理员。</translation>
    </message>
    <message>
        <location filename="../app/views/login_dialog.py" line="339"/>
        <source>This account is locked after too many wrong passwords. Try again later, or ask your administrator.</source>
        <translation>因密码错误次数过多，该账号已被锁定。请稍后重试，或联系系统管理员。</translation>
    </message>
    <message>
        <location filename="../app/views/login_dialog.py" line="342"/>
        <source>Your sign-in has ended. Please sign in again.</source>
        <translation>您的登录已失效，请重新登录。</translation>
    </message>
    <message>
        <location filename="../app/views/login_dialog.py" line="344"/>
        <source>Wrong username or password.</source>
        <translation>用户名或密码错误。</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/views/login_dialog.py" line="348"/>
        <source>%n attempt(s) left before the account is locked.</source>
        <translation>
            <numerusform>还可尝试 %n 次，之后账号将被锁定。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/views/login_dialog.py" line="352"/>
        <source>The platform at %1 cannot be reached. Check the network connection, or ask your IT department.</source>
        <translation>无法连接共享平台 %1。请检查网络连接，或联系本单位信息技术部门。</translation>
    </message>
    <message>
        <location filename="../app/views/login_dialog.py" line="355"/>
        <source>The certificate of %1 could not be verified, so ShareDesk did not send your password. Ask your IT department to check the server address and the deployed CA certificate.</source>
        <translation>无法验证 %1 的证书，ShareDesk 未发送您的密码。请联系本单位信息技术部门检查服务器地址和已部署的 CA 证书。</translation>
    </message>
    <message>
        <location filename="../app/views/login_dialog.py" line="359"/>
        <source>The address %1 is not encrypted. Use an address that starts with https://.</source>
        <translation>地址 %1 未加密，请使用以 https:// 开头的地址。</translation>
    </message>
    <message>
        <location filename="../app/views/login_dialog.py" line="363"/>
        <source>Signing in failed unexpectedly (%1). Please try again; if it keeps failing, export diagnostics for your IT department.</source>
        <translation>登录时发生意外错误（%1）。请重试；如仍失败，请导出诊断信息并提供给本单位信息技术部门。</translation>
    </message>
    <message>
        <location filename="../app/views/login_dialog.py" line="392"/>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <location filename="../app/views/login_dialog.py" line="394"/>
        <source>This computer holds a copy of the account of %1, last synced %2. If this is you, you can work on it offline: browse, draft and queue. Queued items are sent after you sign in again online.</source>
        <translation>本机保存有 %1 的账号数据副本（上次同步：%2）。如果这是您本人，可以离线办公：浏览、起草并将事项放入发件箱；待您重新在线登录后，发件箱中的事项将自动发送。</translation>
    </message>
    <message>
        <location filename="../app/views/login_dialog.py" line="397"/>
        <source>This is me — &amp;open offline</source>
        <translation>是我本人，离线打开(&amp;O)</translation>
    </message>
    <message>
        <location filename="../app/views/login_dialog.py" line="408"/>
        <source>Opening the local copy…</source>
        <translation>正在打开本地副本…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../app/views/main_window.py" line="131"/>
        <source>Catalog</source>
        <translation>资源目录</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="132"/>
        <source>My requests</source>
        <translation>我的申请</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="133"/>
        <source>To reply</source>
        <translation>待答复</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="134"/>
        <source>Feedback</source>
        <translation>疑义反馈</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="135"/>
        <source>Supervision</source>
        <translation>督办</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="136"/>
        <source>Outbox</source>
        <translation>发件箱</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="226"/>
        <source>● Online</source>
        <translation>● 在线</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="230"/>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="231"/>
        <source>○ Offline since %1</source>
        <translation>○ 离线（自 %1 起）</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="235"/>
        <source>Offline since %1. You can still browse the catalog and your requests, draft and queue requests, replies and feedback: the outbox sends them when the platform is reachable again.</source>
        <translation>自 %1 起处于离线状态。您仍可浏览资源目录和自己的申请，起草并提交申请、答复和反馈：这些事项会暂存在发件箱，待平台恢复连接后自动发送。</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="242"/>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="243"/>
        <source>Last sync: %1</source>
        <translation>上次同步：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/views/main_window.py" line="244"/>
        <source>Outbox: %n item(s)</source>
        <translation>
            <numerusform>发件箱：%n 项</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="248"/>
        <source>ShareDesk — government information resource sharing</source>
        <translation>ShareDesk 政务信息资源共享客户端</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="249"/>
        <source>Search the catalog (Ctrl+F)</source>
        <translation>搜索资源目录（Ctrl+F）</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="250"/>
        <source>Sync now</source>
        <translation>立即同步</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="251"/>
        <source>Send the outbox and fetch changes (F5)</source>
        <translation>发送发件箱中的事项并获取更新（F5）</translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="252"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>OutboxModel</name>
    <message>
        <location filename="../app/views/outbox_model.py" line="65"/>
        <source>Queued</source>
        <translation>待发送</translation>
    </message>
    <message>
        <location filename="../app/views/outbox_model.py" line="66"/>
        <source>Sending</source>
        <translation>发送中</translation>
    </message>
    <message>
        <location filename="../app/views/outbox_model.py" line="67"/>
        <source>Needs attention</source>
        <translation>需处理</translation>
    </message>
    <message>
        <location filename="../app/views/outbox_model.py" line="68"/>
        <source>Conflict</source>
        <translation>版本冲突</translation>
    </message>
    <message>
        <location filename="../app/views/outbox_model.py" line="69"/>
        <source>Held for editing</source>
        <translation>编辑中</translation>
    </message>
    <message>
        <location filename="../app/views/outbox_model.py" line="85"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../app/views/outbox_model.py" line="85"/>
        <source>Command</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../app/views/outbox_model.py" line="85"/>
        <source>Concerning</source>
        <translation>涉及对象</translation>
    </message>
    <message>
        <location filename="../app/views/outbox_model.py" line="86"/>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <location filename="../app/views/outbox_model.py" line="86"/>
        <source>Platform&apos;s answer</source>
        <translation>平台回复</translation>
    </message>
    <message>
        <location filename="../app/views/outbox_model.py" line="124"/>
        <source>No answer yet; trying again at %1</source>
        <translation>平台暂未回复，将于 %1 重试</translation>
    </message>
    <message>
        <location filename="../app/views/outbox_model.py" line="133"/>
        <source>Sent with the next sync, in the order made.</source>
        <translation>将在下次同步时按创建顺序发送。</translation>
    </message>
    <message>
        <location filename="../app/views/outbox_model.py" line="134"/>
        <source>Being sent now.</source>
        <translation>正在发送。</translation>
    </message>
    <message>
        <location filename="../app/views/outbox_model.py" line="135"/>
        <source>The platform refused it; your text is kept. Edit and send again, or discard.</source>
        <translation>平台未予受理，您填写的内容已保留。请修改后重新发送，或予以放弃。</translation>
    </message>
    <message>
        <location filename="../app/views/outbox_model.py" line="137"/>
        <source>Someone changed the object meanwhile. Compare both versions, then send again or discard.</source>
        <translation>在此期间该对象已被他人修改。请对比两个版本，然后重新发送或予以放弃。</translation>
    </message>
    <message>
        <location filename="../app/views/outbox_model.py" line="139"/>
        <source>Off the queue while you edit it; Retry sends it as it is.</source>
        <translation>编辑期间暂停发送；点击“重试”将按原内容发送。</translation>
    </message>
</context>
<context>
    <name>OutboxPage</name>
    <message>
        <location filename="../app/views/outbox_page.py" line="153"/>
        <source>Platform&apos;s answer: %1</source>
        <translation>平台回复：%1</translation>
    </message>
    <message>
        <location filename="../app/views/outbox_page.py" line="174"/>
        <source>Back in the queue; it goes with the next sync.</source>
        <translation>已重新加入发送队列，将在下次同步时发送。</translation>
    </message>
    <message>
        <location filename="../app/views/outbox_page.py" line="184"/>
        <source>Discard</source>
        <translation>放弃</translation>
    </message>
    <message>
        <location filename="../app/views/outbox_page.py" line="185"/>
        <source>Discard “%1”? It will not be sent, and what you typed in it is lost.</source>
        <translation>确定放弃“%1”吗？该事项将不再发送，您填写的内容也将丢失。</translation>
    </message>
    <message>
        <location filename="../app/views/outbox_page.py" line="200"/>
        <source>Discarded.</source>
        <translation>已放弃。</translation>
    </message>
    <message>
        <location filename="../app/views/outbox_page.py" line="232"/>
        <source>Edit the queued command</source>
        <translation>编辑待发送事项</translation>
    </message>
    <message>
        <location filename="../app/views/outbox_page.py" line="233"/>
        <source>&amp;Reasons for the supervisor (R15):</source>
        <translation>提请共享主管部门协调的理由（R15）(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../app/views/outbox_page.py" line="233"/>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../app/views/outbox_page.py" line="240"/>
        <source>The edited command is back in the queue.</source>
        <translation>修改后的事项已重新加入发送队列。</translation>
    </message>
    <message>
        <location filename="../app/views/outbox_page.py" line="261"/>
        <source>Sent again on the platform&apos;s current version with the next sync.</source>
        <translation>将在下次同步时基于平台当前版本重新发送。</translation>
    </message>
    <message>
        <location filename="../app/views/outbox_page.py" line="271"/>
        <source>Something went wrong: %1</source>
        <translation>操作失败：%1</translation>
    </message>
    <message>
        <location filename="../app/views/outbox_page.py" line="278"/>
        <source>Commands wait here until the platform answers them; they are sent in the order made, with the next sync.</source>
        <translation>待发送的事项在此等候平台回复；下次同步时按创建顺序发送。</translation>
    </message>
    <message>
        <location filename="../app/views/outbox_page.py" line="280"/>
        <source>&amp;Retry</source>
        <translation>重试(&amp;R)</translation>
    </message>
    <message>
        <location filename="../app/views/outbox_page.py" line="281"/>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../app/views/outbox_page.py" line="282"/>
        <source>&amp;Compare versions…</source>
        <translation>对比版本(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../app/views/outbox_page.py" line="283"/>
        <source>&amp;Discard…</source>
        <translation>放弃(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../app/views/outbox_page.py" line="284"/>
        <source>Outbox</source>
        <translation>发件箱</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <location filename="../app/views/placeholder_page.py" line="26"/>
        <source>This page is coming in a later version of ShareDesk. Meanwhile, sync keeps the local copy of everything you may see up to date.</source>
        <translation>此页面将在 ShareDesk 后续版本中提供。在此期间，同步功能会持续更新您有权查看的全部数据的本地副本。</translation>
    </message>
</context>
<context>
    <name>RequestForm</name>
    <message>
        <location filename="../app/views/request_form.py" line="123"/>
        <source>To submit: %1</source>
        <translation>提交前请处理：%1</translation>
    </message>
    <message>
        <location filename="../app/views/request_form.py" line="127"/>
        <source>Queue the request in the outbox (Ctrl+Enter)</source>
        <translation>将申请放入发件箱（Ctrl+Enter）</translation>
    </message>
    <message>
        <location filename="../app/views/request_form.py" line="157"/>
        <source>Expected reply: working it out…</source>
        <translation>预计答复时间：正在计算…</translation>
    </message>
    <message>
        <location filename="../app/views/request_form.py" line="160"/>
        <source>Expected reply: immediately — the resource is obtained directly (%1)</source>
        <translation>预计答复时间：即时，资源可直接获取（%1）</translation>
    </message>
    <message>
        <location filename="../app/views/request_form.py" line="163"/>
        <source>Expected reply: no deadline — the departments negotiate (%1)</source>
        <translation>预计答复时间：无期限，由双方部门协商（%1）</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/views/request_form.py" line="167"/>
        <source>%n working day(s)</source>
        <translation>
            <numerusform>%n 个工作日</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/views/request_form.py" line="168"/>
        <source>Expected reply: %1 (%2, under %3)</source>
        <translation>预计答复时间：%1（%2，依据 %3）</translation>
    </message>
    <message>
        <location filename="../app/views/request_form.py" line="173"/>
        <source> — estimated: the %1 holiday calendar is not yet published</source>
        <translation>——预估：%1 年节假日安排尚未公布</translation>
    </message>
    <message>
        <location filename="../app/views/request_form.py" line="178"/>
        <source>The clock starts on: %1</source>
        <translation>计时起点：%1</translation>
    </message>
    <message>
        <location filename="../app/views/request_form.py" line="187"/>
        <source>Attach files</source>
        <translation>添加附件</translation>
    </message>
    <message>
        <location filename="../app/views/request_form.py" line="232"/>
        <source>Draft saved.</source>
        <translation>草稿已保存。</translation>
    </message>
    <message>
        <location filename="../app/views/request_form.py" line="273"/>
        <source>Queuing…</source>
        <translation>正在放入发件箱…</translation>
    </message>
    <message>
        <location filename="../app/views/request_form.py" line="283"/>
        <source>The edited request is back in the outbox queue.</source>
        <translation>修改后的申请已重新放入发件箱队列。</translation>
    </message>
    <message>
        <location filename="../app/views/request_form.py" line="290"/>
        <source>Request queued in the outbox; the resource is granted directly (R12) once it is sent.</source>
        <translation>申请已放入发件箱；发送后即可直接获取资源（R12）。</translation>
    </message>
    <message>
        <location filename="../app/views/request_form.py" line="293"/>
        <source>Negotiation request queued in the outbox (R14).</source>
        <translation>协商申请已放入发件箱（R14）。</translation>
    </message>
    <message>
        <location filename="../app/views/request_form.py" line="296"/>
        <source>Request queued in the outbox.</source>
        <translation>申请已放入发件箱。</translation>
    </message>
    <message>
        <location filename="../app/views/request_form.py" line="297"/>
        <source>Request queued in the outbox; expected reply by %1.</source>
        <translation>申请已放入发件箱，预计于 %1 前答复。</translation>
    </message>
    <message>
        <location filename="../app/views/request_form.py" line="307"/>
        <source>Could not save: %1</source>
        <translation>无法保存：%1</translation>
    </message>
    <message>
        <location filename="../app/views/request_form.py" line="320"/>
        <source>Unsaved request</source>
        <translation>申请尚未保存</translation>
    </message>
    <message>
        <location filename="../app/views/request_form.py" line="321"/>
        <source>Keep what you typed as a draft?</source>
        <translation>是否将已填写的内容保存为草稿？</translation>
    </message>
    <message>
        <location filename="../app/views/request_form.py" line="323"/>
        <source>&amp;Keep as draft</source>
        <translation>保存为草稿(&amp;K)</translation>
    </message>
    <message>
        <location filename="../app/views/request_form.py" line="324"/>
        <source>&amp;Discard</source>
        <translation>放弃(&amp;D)</translation>
    </message>
    <message>
        <location filename="../app/views/request_form.py" line="328"/>
        <source>Discard your changes? The item stays in the outbox, off the queue, as it was.</source>
        <translation>确定放弃修改吗？该事项将按原样保留在发件箱中，暂不发送。</translation>
    </message>
    <message>
        <location filename="../app/views/request_form.py" line="350"/>
        <source>Negotiation request — %1</source>
        <translation>协商申请 — %1</translation>
    </message>
    <message>
        <location filename="../app/views/request_form.py" line="353"/>
        <source>Request a resource — %1</source>
        <translation>共享申请 — %1</translation>
    </message>
</context>
<context>
    <name>RequestsModel</name>
    <message>
        <location filename="../app/views/requests_model.py" line="70"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../app/views/requests_model.py" line="70"/>
        <source>Resource</source>
        <translation>资源名称</translation>
    </message>
    <message>
        <location filename="../app/views/requests_model.py" line="70"/>
        <source>Provider</source>
        <translation>提供部门</translation>
    </message>
    <message>
        <location filename="../app/views/requests_model.py" line="71"/>
        <source>Submitted</source>
        <translation>提交日期</translation>
    </message>
    <message>
        <location filename="../app/views/requests_model.py" line="71"/>
        <source>Due date</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <location filename="../app/views/requests_model.py" line="71"/>
        <source>Working days left</source>
        <translation>剩余工作日</translation>
    </message>
    <message>
        <location filename="../app/views/requests_model.py" line="72"/>
        <source>Sync</source>
        <translation>同步</translation>
    </message>
    <message>
        <location filename="../app/views/requests_model.py" line="102"/>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location filename="../app/views/requests_model.py" line="117"/>
        <source>Local draft</source>
        <translation>本地草稿</translation>
    </message>
    <message>
        <location filename="../app/views/requests_model.py" line="119"/>
        <source>⟳ Waiting to send</source>
        <translation>⟳ 待发送</translation>
    </message>
    <message>
        <location filename="../app/views/requests_model.py" line="120"/>
        <source>⟳ Sending</source>
        <translation>⟳ 发送中</translation>
    </message>
    <message>
        <location filename="../app/views/requests_model.py" line="121"/>
        <source>⚠ Needs attention (Outbox)</source>
        <translation>⚠ 需处理（发件箱）</translation>
    </message>
    <message>
        <location filename="../app/views/requests_model.py" line="122"/>
        <source>⚠ Conflict (Outbox)</source>
        <translation>⚠ 版本冲突（发件箱）</translation>
    </message>
    <message>
        <location filename="../app/views/requests_model.py" line="123"/>
        <source>✎ Being edited (Outbox)</source>
        <translation>✎ 编辑中（发件箱）</translation>
    </message>
    <message>
        <location filename="../app/views/requests_model.py" line="132"/>
        <source>Not yet confirmed by the platform: an outbox item for this request has not been answered.</source>
        <translation>尚未经共享平台确认：发件箱中与该申请相关的事项尚未得到平台回复。</translation>
    </message>
</context>
<context>
    <name>RequestsPage</name>
    <message>
        <location filename="../app/views/requests_page.py" line="214"/>
        <source>Select a request to see where it stands.</source>
        <translation>请选择一项申请，查看办理进度。</translation>
    </message>
    <message>
        <location filename="../app/views/requests_page.py" line="226"/>
        <source>(waiting for the platform to confirm)</source>
        <translation>（等待平台确认）</translation>
    </message>
    <message>
        <location filename="../app/views/requests_page.py" line="227"/>
        <source>Status: %1</source>
        <translation>状态：%1</translation>
    </message>
    <message>
        <location filename="../app/views/requests_page.py" line="229"/>
        <location filename="../app/views/requests_page.py" line="270"/>
        <source>Purpose: %1</source>
        <translation>使用用途：%1</translation>
    </message>
    <message>
        <location filename="../app/views/requests_page.py" line="237"/>
        <source>No deadline is running.</source>
        <translation>当前无正在计时的期限。</translation>
    </message>
    <message>
        <location filename="../app/views/requests_page.py" line="241"/>
        <source>Due %1 — %2</source>
        <translation>截止日期：%1，%2</translation>
    </message>
    <message>
        <location filename="../app/views/requests_page.py" line="254"/>
        <source>Decision: %1</source>
        <translation>答复结果：%1</translation>
    </message>
    <message>
        <location filename="../app/views/requests_page.py" line="256"/>
        <source>Reasons: %1</source>
        <translation>理由：%1</translation>
    </message>
    <message>
        <location filename="../app/views/requests_page.py" line="258"/>
        <source>Conditions: %1</source>
        <translation>共享条件：%1</translation>
    </message>
    <message>
        <location filename="../app/views/requests_page.py" line="260"/>
        <source>Reply number: %1</source>
        <translation>答复文号：%1</translation>
    </message>
    <message>
        <location filename="../app/views/requests_page.py" line="261"/>
        <source>Replied: %1</source>
        <translation>答复时间：%1</translation>
    </message>
    <message>
        <location filename="../app/views/requests_page.py" line="268"/>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location filename="../app/views/requests_page.py" line="269"/>
        <source>A draft kept on this computer; it has not been sent.</source>
        <translation>草稿保存在本机，尚未发送。</translation>
    </message>
    <message>
        <location filename="../app/views/requests_page.py" line="280"/>
        <source>Withdraw the request</source>
        <translation>撤回申请</translation>
    </message>
    <message>
        <location filename="../app/views/requests_page.py" line="281"/>
        <source>Withdraw the request for “%1”? The provider is told once it is sent (R11).</source>
        <translation>确定撤回对“%1”的申请吗？撤回事项发送后将通知提供部门（R11）。</translation>
    </message>
    <message>
        <location filename="../app/views/requests_page.py" line="291"/>
        <source>Withdrawal queued in the outbox.</source>
        <translation>撤回事项已放入发件箱。</translation>
    </message>
    <message>
        <location filename="../app/views/requests_page.py" line="303"/>
        <source>Ask the supervisor to coordinate</source>
        <translation>提请共享主管部门协调</translation>
    </message>
    <message>
        <location filename="../app/views/requests_page.py" line="304"/>
        <source>&amp;Why should the supervisor coordinate (R15)? At least %1 characters.</source>
        <translation>提请共享主管部门协调的理由（R15，至少 %1 个字）(&amp;W)：</translation>
    </message>
    <message>
        <location filename="../app/views/requests_page.py" line="311"/>
        <source>Request for coordination queued in the outbox (R15).</source>
        <translation>协调申请已放入发件箱（R15）。</translation>
    </message>
    <message>
        <location filename="../app/views/requests_page.py" line="344"/>
        <source>The draft&apos;s catalog entry is no longer cached.</source>
        <translation>本机缓存中已没有该草稿对应的目录条目。</translation>
    </message>
    <message>
        <location filename="../app/views/requests_page.py" line="359"/>
        <source>Something went wrong: %1</source>
        <translation>操作失败：%1</translation>
    </message>
    <message>
        <location filename="../app/views/requests_page.py" line="365"/>
        <source>Filter by resource or purpose</source>
        <translation>按资源名称或使用用途筛选</translation>
    </message>
    <message>
        <location filename="../app/views/requests_page.py" line="366"/>
        <source>Show</source>
        <translation>显示范围</translation>
    </message>
    <message>
        <location filename="../app/views/requests_page.py" line="369"/>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <location filename="../app/views/requests_page.py" line="370"/>
        <source>Written reply</source>
        <translation>书面答复</translation>
    </message>
    <message>
        <location filename="../app/views/requests_page.py" line="371"/>
        <source>&amp;Timeline</source>
        <translation>办理过程(&amp;T)</translation>
    </message>
    <message>
        <location filename="../app/views/requests_page.py" line="372"/>
        <source>&amp;Withdraw…</source>
        <translation>撤回(&amp;W)…</translation>
    </message>
    <message>
        <location filename="../app/views/requests_page.py" line="373"/>
        <source>Ask the supervisor to &amp;coordinate…</source>
        <translation>提请主管部门协调(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../app/views/requests_page.py" line="374"/>
        <source>C&amp;ontinue the draft…</source>
        <translation>继续填写草稿(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../app/views/requests_page.py" line="375"/>
        <source>My requests</source>
        <translation>我的申请</translation>
    </message>
    <message>
        <location filename="../app/views/requests_page.py" line="376"/>
        <source>Deadline</source>
        <translation>办理期限</translation>
    </message>
</context>
<context>
    <name>ResourceDetail</name>
    <message>
        <location filename="../app/views/resource_detail.py" line="170"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location filename="../app/views/resource_detail.py" line="171"/>
        <source>Choose a resource in the list to see its details.</source>
        <translation>请在列表中选择资源，查看详细信息。</translation>
    </message>
    <message>
        <location filename="../app/views/resource_detail.py" line="231"/>
        <source>update due by %1 after a change of law (R5)</source>
        <translation>因法律法规修订，须于 %1 前更新（R5）</translation>
    </message>
    <message>
        <location filename="../app/views/resource_detail.py" line="234"/>
        <source>supervisor&apos;s comment: %1</source>
        <translation>共享主管部门意见：%1</translation>
    </message>
    <message>
        <location filename="../app/views/resource_detail.py" line="240"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../app/views/resource_detail.py" line="240"/>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../app/views/resource_detail.py" line="241"/>
        <source>Withheld: not given to other departments (R10)</source>
        <translation>不予共享：不向其他政务部门提供（R10）</translation>
    </message>
    <message>
        <location filename="../app/views/resource_detail.py" line="264"/>
        <source>Share request</source>
        <translation>共享申请</translation>
    </message>
    <message>
        <location filename="../app/views/resource_detail.py" line="268"/>
        <source>%1 on “%2”</source>
        <translation>关于“%2”的%1</translation>
    </message>
    <message>
        <location filename="../app/views/resource_detail.py" line="283"/>
        <source>%1 (estimated: calendar not yet published)</source>
        <translation>%1（预估：节假日安排尚未公布）</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/views/resource_detail.py" line="291"/>
        <source>%n working day(s) from %1 — %2</source>
        <translation>
            <numerusform>自%1起 %n 个工作日——%2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/views/resource_detail.py" line="308"/>
        <source>This entry is not in the published catalog (%1); no shared data to report on.</source>
        <translation>该条目不在已发布的资源目录中（%1），没有可反馈的共享数据。</translation>
    </message>
    <message>
        <location filename="../app/views/resource_detail.py" line="322"/>
        <source>Unconditional share: obtained directly through the platform, no written reply needed. Basis: %1</source>
        <translation>无条件共享：通过共享平台直接获取，无需书面答复。依据：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/views/resource_detail.py" line="324"/>
        <source>Unconditional share: the provider answers within %n working day(s). Basis: %1</source>
        <translation>
            <numerusform>无条件共享：提供部门在 %n 个工作日内予以答复。依据：%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/views/resource_detail.py" line="329"/>
        <source>Conditional share: the provider replies in writing within %n working day(s). Basis: %1</source>
        <translation>
            <numerusform>有条件共享：提供部门在 %n 个工作日内予以书面答复。依据：%1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/views/resource_detail.py" line="332"/>
        <source>Not shared: the two departments negotiate; an agreement to provide is filed with the supervisor (R14).</source>
        <translation>不予共享：由使用部门与提供部门协商解决；提供部门同意提供的，报共享主管部门备案（R14）。</translation>
    </message>
    <message>
        <location filename="../app/views/resource_detail.py" line="340"/>
        <source>Obtain &amp;directly…</source>
        <translation>直接获取(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../app/views/resource_detail.py" line="341"/>
        <source>&amp;Request access…</source>
        <translation>申请共享(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../app/views/resource_detail.py" line="346"/>
        <source>Report doubtful or wrong data to the provider, who verifies it (R20); the data item chosen under Data items is named in the report.</source>
        <translation>向提供部门反馈存疑或错误的数据，由提供部门核实（R20）；反馈中将注明在“数据项”页选中的数据项。</translation>
    </message>
    <message>
        <location filename="../app/views/resource_detail.py" line="374"/>
        <source>Report an error in this item…</source>
        <translation>反馈此数据项的疑义或错误…</translation>
    </message>
    <message>
        <location filename="../app/views/resource_detail.py" line="387"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../app/views/resource_detail.py" line="387"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../app/views/resource_detail.py" line="387"/>
        <source>Length</source>
        <translation>长度</translation>
    </message>
    <message>
        <location filename="../app/views/resource_detail.py" line="387"/>
        <source>Shared</source>
        <translation>是否共享</translation>
    </message>
    <message>
        <location filename="../app/views/resource_detail.py" line="388"/>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../app/views/resource_detail.py" line="390"/>
        <source>Item</source>
        <translation>事项</translation>
    </message>
    <message>
        <location filename="../app/views/resource_detail.py" line="390"/>
        <location filename="../app/views/resource_detail.py" line="410"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../app/views/resource_detail.py" line="390"/>
        <source>Submitted</source>
        <translation>提交日期</translation>
    </message>
    <message>
        <location filename="../app/views/resource_detail.py" line="390"/>
        <source>Due</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <location filename="../app/views/resource_detail.py" line="391"/>
        <source>Report an &amp;error…</source>
        <translation>疑义反馈(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../app/views/resource_detail.py" line="400"/>
        <source>Classification</source>
        <translation>资源分类</translation>
    </message>
    <message>
        <location filename="../app/views/resource_detail.py" line="401"/>
        <source>Resource code</source>
        <translation>资源代码</translation>
    </message>
    <message>
        <location filename="../app/views/resource_detail.py" line="401"/>
        <source>Provider (code)</source>
        <translation>提供部门（代码）</translation>
    </message>
    <message>
        <location filename="../app/views/resource_detail.py" line="402"/>
        <source>Summary</source>
        <translation>资源摘要</translation>
    </message>
    <message>
        <location filename="../app/views/resource_detail.py" line="402"/>
        <source>Format</source>
        <translation>资源格式</translation>
    </message>
    <message>
        <location filename="../app/views/resource_detail.py" line="403"/>
        <source>Share attribute (R10)</source>
        <translation>共享属性（R10）</translation>
    </message>
    <message>
        <location filename="../app/views/resource_detail.py" line="404"/>
        <source>Share conditions</source>
        <translation>共享条件</translation>
    </message>
    <message>
        <location filename="../app/views/resource_detail.py" line="404"/>
        <source>Legal basis</source>
        <translation>法律依据</translation>
    </message>
    <message>
        <location filename="../app/views/resource_detail.py" line="405"/>
        <source>Share method (R4)</source>
        <translation>共享方式（R4）</translation>
    </message>
    <message>
        <location filename="../app/views/resource_detail.py" line="406"/>
        <source>Usage scope (R4)</source>
        <translation>使用范围（R4）</translation>
    </message>
    <message>
        <location filename="../app/views/resource_detail.py" line="407"/>
        <source>Open to the public</source>
        <translation>开放属性</translation>
    </message>
    <message>
        <location filename="../app/views/resource_detail.py" line="408"/>
        <source>Update cycle</source>
        <translation>更新周期</translation>
    </message>
    <message>
        <location filename="../app/views/resource_detail.py" line="408"/>
        <source>Catalog type (R3)</source>
        <translation>目录类型（R3）</translation>
    </message>
    <message>
        <location filename="../app/views/resource_detail.py" line="409"/>
        <source>Published on</source>
        <translation>发布日期</translation>
    </message>
    <message>
        <location filename="../app/views/resource_detail.py" line="409"/>
        <source>Related codes</source>
        <translation>关联资源代码</translation>
    </message>
    <message>
        <location filename="../app/views/resource_detail.py" line="417"/>
        <source>Overview</source>
        <translation>基本信息</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/views/resource_detail.py" line="418"/>
        <source>Data items (%n)</source>
        <translation>
            <numerusform>数据项（%n）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/views/resource_detail.py" line="419"/>
        <source>Requests and feedback (%n)</source>
        <translation>
            <numerusform>申请与反馈（%n）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/views/resource_detail.py" line="420"/>
        <source>What your department asked for or reported</source>
        <translation>本部门就该资源提出的共享申请和疑义反馈</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../app/views/settings_dialog.py" line="166"/>
        <source>Settings — ShareDesk</source>
        <translation>设置 — ShareDesk</translation>
    </message>
    <message>
        <location filename="../app/views/settings_dialog.py" line="167"/>
        <source>General</source>
        <translation>常规</translation>
    </message>
    <message>
        <location filename="../app/views/settings_dialog.py" line="168"/>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <location filename="../app/views/settings_dialog.py" line="169"/>
        <source>Local data</source>
        <translation>本地数据</translation>
    </message>
    <message>
        <location filename="../app/views/settings_dialog.py" line="170"/>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../app/views/settings_dialog.py" line="171"/>
        <source>S&amp;ync every:</source>
        <translation>同步间隔(&amp;Y)：</translation>
    </message>
    <message>
        <location filename="../app/views/settings_dialog.py" line="172"/>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <location filename="../app/views/settings_dialog.py" line="173"/>
        <source>&amp;Proxy:</source>
        <translation>代理服务器(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../app/views/settings_dialog.py" line="174"/>
        <source>Extra &amp;CA file:</source>
        <translation>附加 CA 证书文件(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../app/views/settings_dialog.py" line="175"/>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../app/views/settings_dialog.py" line="176"/>
        <source>Data folder:</source>
        <translation>数据文件夹：</translation>
    </message>
    <message>
        <location filename="../app/views/settings_dialog.py" line="177"/>
        <source>Open &amp;folder</source>
        <translation>打开文件夹(&amp;F)</translation>
    </message>
    <message>
        <location filename="../app/views/settings_dialog.py" line="178"/>
        <source>&amp;Export diagnostics…</source>
        <translation>导出诊断信息(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../app/views/settings_dialog.py" line="180"/>
        <source>Writes versions, paths, the local store&apos;s counts and the last sync errors for your IT department. No passwords, tokens or personal data.</source>
        <translation>导出版本、路径、本地数据统计和最近的同步错误，供本单位信息技术部门排查问题。不含密码、令牌或个人信息。</translation>
    </message>
    <message>
        <location filename="../app/views/settings_dialog.py" line="182"/>
        <source>Greyed-out settings are locked by your IT department.</source>
        <translation>灰色显示的设置项已由本单位信息技术部门锁定。</translation>
    </message>
    <message>
        <location filename="../app/views/settings_dialog.py" line="184"/>
        <source>Proxy and CA file take effect the next time you sign in. The system&apos;s trusted certificates are always used as well.</source>
        <translation>代理服务器和 CA 证书文件在下次登录时生效。系统信任的证书始终同时有效。</translation>
    </message>
    <message>
        <location filename="../app/views/settings_dialog.py" line="187"/>
        <source>Locked by your IT department.</source>
        <translation>已由本单位信息技术部门锁定。</translation>
    </message>
    <message>
        <location filename="../app/views/settings_dialog.py" line="227"/>
        <source>The CA file %1 does not exist.</source>
        <translation>CA 证书文件 %1 不存在。</translation>
    </message>
    <message>
        <location filename="../app/views/settings_dialog.py" line="238"/>
        <source>Choose a CA certificate</source>
        <translation>选择 CA 证书</translation>
    </message>
    <message>
        <location filename="../app/views/settings_dialog.py" line="239"/>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>证书 (*.pem *.crt *.cer);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../app/views/settings_dialog.py" line="252"/>
        <source>Export diagnostics</source>
        <translation>导出诊断信息</translation>
    </message>
    <message>
        <location filename="../app/views/settings_dialog.py" line="252"/>
        <source>JSON report (*.json)</source>
        <translation>JSON 报告 (*.json)</translation>
    </message>
    <message>
        <location filename="../app/views/settings_dialog.py" line="262"/>
        <source>Writing the diagnostics report…</source>
        <translation>正在写入诊断报告…</translation>
    </message>
    <message>
        <location filename="../app/views/settings_dialog.py" line="270"/>
        <source>Diagnostics written to %1.</source>
        <translation>诊断信息已写入 %1。</translation>
    </message>
    <message>
        <location filename="../app/views/settings_dialog.py" line="278"/>
        <source>The diagnostics report could not be written: %1</source>
        <translation>无法写入诊断报告：%1</translation>
    </message>
</context>
<context>
    <name>ShareDesk</name>
    <message>
        <location filename="../app/application.py" line="141"/>
        <source>Local data repaired</source>
        <translation>本地数据已修复</translation>
    </message>
    <message>
        <location filename="../app/application.py" line="142"/>
        <source>The local data file was damaged. %1 queued item(s) were kept and %2 could not be read; everything else is being synchronised again from the platform. The damaged file was kept at %3.</source>
        <translation>本地数据文件已损坏。已保留 %1 项待发送事项，%2 项无法读取；其余数据正在从共享平台重新同步。损坏的文件已保存至 %3。</translation>
    </message>
    <message>
        <location filename="../app/application.py" line="217"/>
        <source>ShareDesk demo</source>
        <translation>ShareDesk 演示</translation>
    </message>
    <message>
        <location filename="../app/application.py" line="218"/>
        <source>Signing in to the demo platform failed (%1).</source>
        <translation>登录演示平台失败（%1）。</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../app/views/timeline.py" line="39"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../app/views/timeline.py" line="39"/>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../app/views/timeline.py" line="39"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../app/views/timeline.py" line="40"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../app/views/timeline.py" line="40"/>
        <source>Rule</source>
        <translation>依据</translation>
    </message>
    <message>
        <location filename="../app/views/timeline.py" line="41"/>
        <source>Timeline of the request</source>
        <translation>申请办理过程</translation>
    </message>
</context>
</TS>
