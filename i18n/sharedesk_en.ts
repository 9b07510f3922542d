<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
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
</context>
</TS>
