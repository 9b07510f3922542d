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
    <name>MainWindow</name>
    <message>
        <location filename="../app/views/main_window.py" line="131"/>
        <source>Catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="132"/>
        <source>My requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="133"/>
        <source>To reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="134"/>
        <source>Feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="135"/>
        <source>Supervision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="136"/>
        <source>Outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="226"/>
        <source>● Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="230"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="231"/>
        <source>○ Offline since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="235"/>
        <source>Offline since %1. You can still browse the catalog and your requests, draft and queue requests, replies and feedback: the outbox sends them when the platform is reachable again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="242"/>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="243"/>
        <source>Last sync: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/views/main_window.py" line="244"/>
        <source>Outbox: %n item(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="248"/>
        <source>ShareDesk — government information resource sharing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="249"/>
        <source>Search the catalog (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="250"/>
        <source>Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="251"/>
        <source>Send the outbox and fetch changes (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="252"/>
        <source>Cancel</source>
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
