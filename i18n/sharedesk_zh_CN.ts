<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>StartWindow</name>
    <message>
        <location filename="../app/views/start_window.py" line="14"/>
        <source>ShareDesk — government information resource sharing</source>
        <translation>ShareDesk 政务信息资源共享客户端</translation>
    </message>
    <message>
        <location filename="../app/views/start_window.py" line="17"/>
        <source>Government information resource sharing client</source>
        <translation>政务信息资源共享客户端</translation>
    </message>
    <message>
        <location filename="../app/views/start_window.py" line="20"/>
        <source>Version %1</source>
        <translation>版本 %1</translation>
    </message>
</context>
</TS>
