<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
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
    <name>MainWindow</name>
    <message>
      <location filename="../app/views/main_window.py" line="131" />
      <source>Catalog</source>
      <translation>资源目录</translation>
    </message>
    <message>
      <location filename="../app/views/main_window.py" line="132" />
      <source>My requests</source>
      <translation>我的申请</translation>
    </message>
    <message>
      <location filename="../app/views/main_window.py" line="133" />
      <source>To reply</source>
      <translation>待答复</translation>
    </message>
    <message>
      <location filename="../app/views/main_window.py" line="134" />
      <source>Feedback</source>
      <translation>疑义反馈</translation>
    </message>
    <message>
      <location filename="../app/views/main_window.py" line="135" />
      <source>Supervision</source>
      <translation>督办</translation>
    </message>
    <message>
      <location filename="../app/views/main_window.py" line="136" />
      <source>Outbox</source>
      <translation>发件箱</translation>
    </message>
    <message>
      <location filename="../app/views/main_window.py" line="226" />
      <source>● Online</source>
      <translation>● 在线</translation>
    </message>
    <message>
      <location filename="../app/views/main_window.py" line="230" />
      <source>unknown</source>
      <translation>未知</translation>
    </message>
    <message>
      <location filename="../app/views/main_window.py" line="231" />
      <source>○ Offline since %1</source>
      <translation>○ 离线（自 %1 起）</translation>
    </message>
    <message>
      <location filename="../app/views/main_window.py" line="235" />
      <source>Offline since %1. You can still browse the catalog and your requests, draft and queue requests, replies and feedback: the outbox sends them when the platform is reachable again.</source>
      <translation>自 %1 起处于离线状态。您仍可浏览资源目录和自己的申请，起草并提交申请、答复和反馈：这些事项会暂存在发件箱，待平台恢复连接后自动发送。</translation>
    </message>
    <message>
      <location filename="../app/views/main_window.py" line="242" />
      <source>never</source>
      <translation>从未</translation>
    </message>
    <message>
      <location filename="../app/views/main_window.py" line="243" />
      <source>Last sync: %1</source>
      <translation>上次同步：%1</translation>
    </message>
    <message numerus="yes">
      <location filename="../app/views/main_window.py" line="244" />
      <source>Outbox: %n item(s)</source>
      <translation>
        <numerusform>发件箱：%n 项</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../app/views/main_window.py" line="248" />
      <source>ShareDesk — government information resource sharing</source>
      <translation>ShareDesk 政务信息资源共享客户端</translation>
    </message>
    <message>
      <location filename="../app/views/main_window.py" line="249" />
      <source>Search the catalog (Ctrl+F)</source>
      <translation>搜索资源目录（Ctrl+F）</translation>
    </message>
    <message>
      <location filename="../app/views/main_window.py" line="250" />
      <source>Sync now</source>
      <translation>立即同步</translation>
    </message>
    <message>
      <location filename="../app/views/main_window.py" line="251" />
      <source>Send the outbox and fetch changes (F5)</source>
      <translation>发送发件箱中的事项并获取更新（F5）</translation>
    </message>
    <message>
      <location filename="../app/views/main_window.py" line="252" />
      <source>Cancel</source>
      <translation>取消</translation>
    </message>
  </context>
  <context>
    <name>StartWindow</name>
    <message>
      <location filename="../app/views/start_window.py" line="14" />
      <source>ShareDesk — government information resource sharing</source>
      <translation>ShareDesk 政务信息资源共享客户端</translation>
    </message>
    <message>
      <location filename="../app/views/start_window.py" line="17" />
      <source>Government information resource sharing client</source>
      <translation>政务信息资源共享客户端</translation>
    </message>
    <message>
      <location filename="../app/views/start_window.py" line="20" />
      <source>Version %1</source>
      <translation>版本 %1</translation>
    </message>
    <message>
      <location filename="../app/views/start_window.py" line="33" />
      <source>Demo platform at %1 — account: %2</source>
      <translation>演示平台：%1 — 账号：%2</translation>
    </message>
  </context>
</TS>
