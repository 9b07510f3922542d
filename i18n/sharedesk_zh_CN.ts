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
