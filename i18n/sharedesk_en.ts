<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
<context>
    <name>DemoChooser</name>
    <message>
        <location filename="../app/views/demo_chooser.py" line="48"/>
        <source>Starting the demo platform with sample data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/demo_chooser.py" line="51"/>
        <source>ShareDesk demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/demo_chooser.py" line="56"/>
        <source>Choose whose desk to sit at (password: sharedesk-demo):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/demo_chooser.py" line="71"/>
        <source>The demo platform could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartWindow</name>
    <message>
        <location filename="../app/views/start_window.py" line="14"/>
        <source>ShareDesk — government information resource sharing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/start_window.py" line="17"/>
        <source>Government information resource sharing client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/start_window.py" line="20"/>
        <source>Version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/start_window.py" line="33"/>
        <source>Demo platform at %1 — account: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
