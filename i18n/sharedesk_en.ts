<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
<context>
    <name>CatalogEditor</name>
    <message>
        <location filename="../app/views/catalog_editor.py" line="83"/>
        <source>New catalog entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/catalog_editor.py" line="84"/>
        <source>Edit catalog entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/catalog_editor.py" line="85"/>
        <source>Save &amp;draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/catalog_editor.py" line="86"/>
        <source>Save and su&amp;bmit for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/catalog_editor.py" line="88"/>
        <source>The supervisor&apos;s comment (R3): %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CatalogEditorFields</name>
    <message>
        <location filename="../app/views/catalog_editor_fields.py" line="191"/>
        <source>Catalog &amp;type (R3):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/catalog_editor_fields.py" line="192"/>
        <source>Classification (class/item/section/sub):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/catalog_editor_fields.py" line="193"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/catalog_editor_fields.py" line="193"/>
        <source>Resource &amp;code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/catalog_editor_fields.py" line="194"/>
        <source>Provider&apos;s credit code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/catalog_editor_fields.py" line="195"/>
        <source>&amp;Summary:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/catalog_editor_fields.py" line="195"/>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/catalog_editor_fields.py" line="196"/>
        <source>&amp;Update cycle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/catalog_editor_fields.py" line="197"/>
        <source>O&amp;pen to the public:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/catalog_editor_fields.py" line="198"/>
        <source>Usage sc&amp;ope (R4):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/catalog_editor_fields.py" line="199"/>
        <source>Share &amp;method (R4):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/catalog_editor_fields.py" line="200"/>
        <source>Share &amp;attribute (R10):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/catalog_editor_fields.py" line="201"/>
        <source>Share con&amp;ditions (R10):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/catalog_editor_fields.py" line="202"/>
        <source>&amp;Legal basis (R10):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/catalog_editor_fields.py" line="206"/>
        <source>Data &amp;items:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/catalog_editor_fields.py" line="208"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/catalog_editor_fields.py" line="208"/>
        <source>Field code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/catalog_editor_fields.py" line="208"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/catalog_editor_fields.py" line="208"/>
        <source>Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/catalog_editor_fields.py" line="209"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/catalog_editor_fields.py" line="209"/>
        <source>Shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/catalog_editor_fields.py" line="210"/>
        <source>Add it&amp;em</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/catalog_editor_fields.py" line="211"/>
        <source>&amp;Remove item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/catalog_editor_fields.py" line="212"/>
        <source>classification code/sequence, e.g. 301001/000012</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CatalogFilters</name>
    <message>
        <location filename="../app/views/catalog_filters.py" line="106"/>
        <source>S&amp;hare:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/catalog_filters.py" line="107"/>
        <source>Ca&amp;talog:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/catalog_filters.py" line="108"/>
        <source>&amp;Provider:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/catalog_filters.py" line="109"/>
        <source>&amp;Update cycle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/catalog_filters.py" line="110"/>
        <source>All share attributes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/catalog_filters.py" line="111"/>
        <source>All catalog types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/catalog_filters.py" line="112"/>
        <source>All providers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/catalog_filters.py" line="113"/>
        <source>All update cycles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/catalog_filters.py" line="114"/>
        <source>Share attribute (R10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/catalog_filters.py" line="115"/>
        <source>Basic, thematic or departmental catalog (R3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CatalogModel</name>
    <message>
        <location filename="../app/views/catalog_model.py" line="321"/>
        <source>%1 (%2: not in the published catalog)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/catalog_model.py" line="332"/>
        <source>Share attribute (R10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/catalog_model.py" line="333"/>
        <source>Catalog type (R3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/catalog_model.py" line="334"/>
        <source>Update cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/catalog_model.py" line="340"/>
        <source>Resource name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/catalog_model.py" line="341"/>
        <source>Resource code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/catalog_model.py" line="342"/>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/catalog_model.py" line="343"/>
        <source>Share</source>
        <comment>column header: share attribute (R10)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/catalog_model.py" line="344"/>
        <source>Catalog</source>
        <comment>column header: catalog type (R3)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/catalog_model.py" line="345"/>
        <source>Cycle</source>
        <comment>column header: update cycle</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/catalog_model.py" line="346"/>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CatalogPage</name>
    <message>
        <location filename="../app/views/catalog_page.py" line="289"/>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/catalog_page.py" line="315"/>
        <source>Search failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/views/catalog_page.py" line="319"/>
        <source>%n resource(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/views/catalog_page.py" line="380"/>
        <source>&amp;Search:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/catalog_page.py" line="382"/>
        <source>Name, code, summary or data item — e.g. 身份证, 户籍</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../app/views/conflict_dialog.py" line="39"/>
        <source>Both versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/conflict_dialog.py" line="40"/>
        <source>Someone changed this object after you acted on it. Your command was made on version %1; the platform now holds version %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/conflict_dialog.py" line="47"/>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/conflict_dialog.py" line="47"/>
        <source>What you acted on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/conflict_dialog.py" line="48"/>
        <source>The platform now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/conflict_dialog.py" line="66"/>
        <source>&amp;Send again on the current version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/conflict_dialog.py" line="67"/>
        <source>&amp;Discard my command…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Countdown</name>
    <message numerus="yes">
        <location filename="../app/views/urgency.py" line="59"/>
        <source>Overdue by %n working day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/views/urgency.py" line="61"/>
        <source>Due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/views/urgency.py" line="63"/>
        <source>%n working day(s) left</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/views/urgency.py" line="68"/>
        <source>%1 (estimated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/urgency.py" line="75"/>
        <source>Due at the close of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/urgency.py" line="77"/>
        <source>Rule: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/urgency.py" line="79"/>
        <source>Estimated: the official holiday calendar of that year has not been published, so its weekdays were counted as working days.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CountdownTableModel</name>
    <message>
        <location filename="../app/views/countdown_table.py" line="159"/>
        <source>Local draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/countdown_table.py" line="161"/>
        <source>⟳ Waiting to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/countdown_table.py" line="162"/>
        <source>⟳ Sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/countdown_table.py" line="163"/>
        <source>⚠ Needs attention (Outbox)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/countdown_table.py" line="164"/>
        <source>⚠ Conflict (Outbox)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/countdown_table.py" line="165"/>
        <source>✎ Being edited (Outbox)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <location filename="../app/views/decision_dialogs.py" line="92"/>
        <source>Decide the dispute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/decision_dialogs.py" line="93"/>
        <source>Decision &amp;both departments are told (R15):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/decision_dialogs.py" line="94"/>
        <source>&amp;Decide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/decision_dialogs.py" line="95"/>
        <source>Escalate the dispute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/decision_dialogs.py" line="96"/>
        <source>&amp;Why it cannot be settled at this level (N9):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/decision_dialogs.py" line="97"/>
        <source>&amp;Escalate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/decision_dialogs.py" line="98"/>
        <source>Acknowledge the filing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/decision_dialogs.py" line="99"/>
        <source>&amp;Note (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/decision_dialogs.py" line="99"/>
        <source>&amp;Acknowledge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/decision_dialogs.py" line="100"/>
        <source>Approve the catalog entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/decision_dialogs.py" line="101"/>
        <source>&amp;Comment (optional, R3):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/decision_dialogs.py" line="101"/>
        <source>A&amp;pprove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/decision_dialogs.py" line="102"/>
        <source>Return the catalog entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/decision_dialogs.py" line="103"/>
        <source>&amp;What needs to change (R3):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/decision_dialogs.py" line="103"/>
        <source>&amp;Return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/decision_dialogs.py" line="104"/>
        <source>Remind the department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/decision_dialogs.py" line="105"/>
        <source>&amp;Message (optional, R24):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/decision_dialogs.py" line="105"/>
        <source>&amp;Send reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/decision_dialogs.py" line="120"/>
        <source>Write at least %1 letters or digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/negotiation_dialog.py" line="122"/>
        <source>“%1”, asked for by %2. Purpose: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
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
    <name>Desk</name>
    <message>
        <location filename="../app/desk.py" line="186"/>
        <source>&amp;ShareDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desk.py" line="186"/>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desk.py" line="187"/>
        <source>&amp;About ShareDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desk.py" line="187"/>
        <source>&amp;Evaluation scorecard…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desk.py" line="188"/>
        <source>&amp;My catalog entries…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desk.py" line="188"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desk.py" line="197"/>
        <source>About ShareDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desk.py" line="198"/>
        <source>ShareDesk %1 — the desktop client of the government information resource sharing platform.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desk.py" line="324"/>
        <source>Sending the outbox…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desk.py" line="325"/>
        <source>Downloading the catalog: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desk.py" line="326"/>
        <source>Fetching changes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desk.py" line="327"/>
        <source>Updating rules and calendars…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desk.py" line="369"/>
        <source>Sync stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desk_forms.py" line="51"/>
        <source>Sync once before asking for resources.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desk_forms.py" line="60"/>
        <location filename="../app/desk_forms.py" line="91"/>
        <source>This catalog entry is not in the local copy; sync and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desk_forms.py" line="83"/>
        <source>Sync once before reporting doubtful data.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeskMenu</name>
    <message>
        <location filename="../app/desk_menu.py" line="89"/>
        <source>Demo: &amp;network off</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DrillDownDialog</name>
    <message>
        <location filename="../app/views/scorecard_drill.py" line="64"/>
        <source>Resource / subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/scorecard_drill.py" line="64"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/scorecard_drill.py" line="65"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/scorecard_drill.py" line="65"/>
        <source>Counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/scorecard_drill.py" line="65"/>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/views/scorecard_drill.py" line="71"/>
        <source>%n item(s) behind this figure.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/views/scorecard_drill.py" line="84"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvidenceList</name>
    <message>
        <location filename="../app/views/evidence_list.py" line="85"/>
        <source>Attach evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/evidence_list.py" line="86"/>
        <source>Evidence (*.pdf *.png *.jpg *.jpeg *.ofd *.docx *.xlsx);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/evidence_list.py" line="125"/>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/evidence_list.py" line="127"/>
        <source>PDF, PNG, JPEG, OFD, DOCX or XLSX, at most 10 MB each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/evidence_list.py" line="128"/>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/evidence_list.py" line="129"/>
        <source>Evidence files</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExtensionDialog</name>
    <message>
        <location filename="../app/views/extension_dialog.py" line="105"/>
        <source>Ask for more time to verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/views/extension_dialog.py" line="109"/>
        <source>At most %n more working day(s) under %1. Your head of department approves the extension, and the user department is told of the new deadline (R20).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/views/extension_dialog.py" line="114"/>
        <source>The rules in force allow no extension of the verification (%1): verify and answer within the deadline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/extension_dialog.py" line="116"/>
        <source>Extra &amp;working days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/extension_dialog.py" line="117"/>
        <source>&amp;Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/extension_dialog.py" line="119"/>
        <source>Why the verification needs longer, e.g. the original records must be fetched</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FeedbackDetailPane</name>
    <message>
        <location filename="../app/views/feedback_detail.py" line="88"/>
        <source>Select a report to see where its verification stands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/feedback_detail.py" line="94"/>
        <location filename="../app/views/feedback_detail.py" line="173"/>
        <source>%1 — data item “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/feedback_detail.py" line="96"/>
        <source>Status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/feedback_detail.py" line="97"/>
        <source>(waiting for the platform to confirm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/feedback_detail.py" line="99"/>
        <source>Kind: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/feedback_detail.py" line="100"/>
        <source>Provider: %1 · reported by: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/feedback_detail.py" line="103"/>
        <source>Record: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/feedback_detail.py" line="104"/>
        <source>What looks wrong: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/feedback_detail.py" line="106"/>
        <source>Value believed right: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/feedback_detail.py" line="109"/>
        <source>Evidence: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/feedback_detail.py" line="122"/>
        <source>The rules in force allow no extension of the verification (%1): verify and answer within the deadline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/feedback_detail.py" line="132"/>
        <source>Received %1 — no verification clock is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/feedback_detail.py" line="134"/>
        <source>Received %1 · due %2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/views/feedback_detail.py" line="141"/>
        <source>%n working day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/views/feedback_detail.py" line="143"/>
        <source>Extension of %1 approved by %2; the user department was told (R20). Reason: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/feedback_detail.py" line="146"/>
        <source>Extension of %1 asked by %2, waiting for the head&apos;s approval (R20). Reason: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/feedback_detail.py" line="158"/>
        <source>Corrected. The corrected value: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/feedback_detail.py" line="161"/>
        <source>No error found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/feedback_detail.py" line="163"/>
        <source>Explanation: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/feedback_detail.py" line="166"/>
        <source>Told to the user department: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/feedback_detail.py" line="175"/>
        <source>A draft kept on this computer; it has not been sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/feedback_detail.py" line="180"/>
        <source>During verification, citizens and companies holding valid proof are served as usual: do not refuse them or ask them to have the record corrected first (R21).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/feedback_detail.py" line="182"/>
        <source>Verification result (R22)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/feedback_detail.py" line="183"/>
        <source>A&amp;ccept the result…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/feedback_detail.py" line="184"/>
        <source>&amp;Dispute…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/feedback_detail.py" line="185"/>
        <source>&amp;Withdraw…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/feedback_detail.py" line="186"/>
        <source>Ask for more &amp;time…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/feedback_detail.py" line="187"/>
        <source>Re&amp;solve…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/feedback_detail.py" line="188"/>
        <source>A&amp;pprove the extension…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/feedback_detail.py" line="189"/>
        <source>Re&amp;ject the extension…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/feedback_detail.py" line="192"/>
        <source>C&amp;ontinue the draft…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/feedback_detail.py" line="193"/>
        <source>Time&amp;line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/feedback_detail.py" line="194"/>
        <source>Verification deadline</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FeedbackForm</name>
    <message>
        <location filename="../app/views/feedback_form.py" line="245"/>
        <source>To submit: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/feedback_form.py" line="246"/>
        <source>Queue the report in the outbox (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/feedback_form.py" line="249"/>
        <source>&amp;Value believed right *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/feedback_form.py" line="250"/>
        <source>&amp;Value believed right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/feedback_form.py" line="289"/>
        <source>Draft saved on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/feedback_form.py" line="300"/>
        <source>Queuing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/feedback_form.py" line="310"/>
        <source>Feedback queued in the outbox; the provider verifies it by %1 (R20).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/feedback_form.py" line="312"/>
        <source>Feedback queued in the outbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/feedback_form.py" line="322"/>
        <source>Could not save: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/feedback_form.py" line="330"/>
        <source>Unsaved feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/feedback_form.py" line="331"/>
        <source>Keep what you typed as a draft?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/feedback_form.py" line="333"/>
        <source>&amp;Keep as draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/feedback_form.py" line="334"/>
        <source>&amp;Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/feedback_form.py" line="353"/>
        <source>Report doubtful or wrong data — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/feedback_form.py" line="356"/>
        <source>%1 — provided by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/feedback_form.py" line="360"/>
        <source>The provider verifies the report by %1 (R20). Until then, citizens and companies holding valid proof are served as usual (R21).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/feedback_form.py" line="364"/>
        <source>The provider verifies the report (R20).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/feedback_form.py" line="367"/>
        <source>&amp;Kind (R20) *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/feedback_form.py" line="367"/>
        <source>Data &amp;item *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/feedback_form.py" line="368"/>
        <source>&amp;Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/feedback_form.py" line="369"/>
        <source>&amp;What looks wrong *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/feedback_form.py" line="370"/>
        <source>&amp;Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/feedback_form.py" line="373"/>
        <source>Choose the data item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/feedback_form.py" line="374"/>
        <source>Which record, e.g. a certificate number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/feedback_form.py" line="376"/>
        <source>What is doubtful or wrong, and how you noticed it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/feedback_form.py" line="377"/>
        <source>The value you believe is right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/feedback_form.py" line="378"/>
        <source>Save &amp;draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/feedback_form.py" line="379"/>
        <source>Keep the report on this computer (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/feedback_form.py" line="380"/>
        <source>&amp;Submit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/feedback_form.py" line="381"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FeedbackModel</name>
    <message>
        <location filename="../app/views/feedback_model.py" line="38"/>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/feedback_model.py" line="39"/>
        <source>Reported by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/feedback_model.py" line="40"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/feedback_model.py" line="40"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/feedback_model.py" line="40"/>
        <source>Resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/feedback_model.py" line="40"/>
        <source>Data item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/feedback_model.py" line="41"/>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/feedback_model.py" line="41"/>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/feedback_model.py" line="42"/>
        <source>Working days left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/feedback_model.py" line="42"/>
        <source>Extension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/feedback_model.py" line="42"/>
        <source>Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/feedback_model.py" line="46"/>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/views/feedback_model.py" line="63"/>
        <source>+%n working day(s), approved</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/views/feedback_model.py" line="64"/>
        <source>+%n working day(s) asked</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/views/feedback_model.py" line="67"/>
        <source>Not yet confirmed by the platform: an outbox item for this feedback has not been answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/feedback_model.py" line="72"/>
        <source>Record: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FeedbackPage</name>
    <message>
        <location filename="../app/views/feedback_page.py" line="168"/>
        <source>Accept the result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/feedback_page.py" line="169"/>
        <source>Accept the provider&apos;s verification result? The matter is then closed (R22).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/feedback_page.py" line="171"/>
        <source>Acceptance queued in the outbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/feedback_page.py" line="176"/>
        <source>Ask the supervisor to coordinate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/feedback_page.py" line="177"/>
        <source>&amp;Why should the supervisor coordinate (R15)? At least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/feedback_page.py" line="180"/>
        <source>Request for coordination queued in the outbox (R15).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/feedback_page.py" line="186"/>
        <source>Withdraw the feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/feedback_page.py" line="187"/>
        <source>Withdraw this report? The provider stops verifying it once it is sent (R20).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/feedback_page.py" line="189"/>
        <source>Withdrawal queued in the outbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/feedback_page.py" line="200"/>
        <source>Extension request queued in the outbox; your head approves it (R20).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/feedback_page.py" line="212"/>
        <source>Verification result queued in the outbox; the user department is told (R22).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/views/feedback_page.py" line="220"/>
        <source>%n working day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/views/feedback_page.py" line="221"/>
        <source>Approve the extension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/feedback_page.py" line="222"/>
        <source>Approve %1 more to verify? The user department is told of the new deadline (R20).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/feedback_page.py" line="225"/>
        <source>Approval queued in the outbox (R20).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/feedback_page.py" line="230"/>
        <source>Reject the extension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/feedback_page.py" line="231"/>
        <source>&amp;Why does the original deadline stand? At least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/feedback_page.py" line="233"/>
        <source>Rejection queued in the outbox (R20).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/feedback_page.py" line="252"/>
        <source>The draft&apos;s catalog entry is no longer cached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/feedback_page.py" line="264"/>
        <source>Something went wrong: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/feedback_page.py" line="271"/>
        <source>&amp;My feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/feedback_page.py" line="272"/>
        <source>To &amp;verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/feedback_page.py" line="273"/>
        <source>E&amp;xtensions to approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/feedback_page.py" line="275"/>
        <source>Filter by resource, data item or department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/feedback_page.py" line="276"/>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/feedback_page.py" line="277"/>
        <source>Feedback</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormFields</name>
    <message>
        <location filename="../app/views/request_form_fields.py" line="318"/>
        <source>%1 — provided by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/request_form_fields.py" line="323"/>
        <source>Unconditional sharing: state the purpose and the items; the resource is obtained through the platform (R12).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/request_form_fields.py" line="326"/>
        <source>Conditional sharing: the provider replies in writing (R13). Conditions: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/request_form_fields.py" line="328"/>
        <source>Not shared: this request opens a negotiation with the provider, who files any agreement (R14).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/request_form_fields.py" line="334"/>
        <source>&amp;Purpose of use (R11) *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/request_form_fields.py" line="335"/>
        <source>&amp;Legal basis *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/request_form_fields.py" line="336"/>
        <source>&amp;Legal basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/request_form_fields.py" line="337"/>
        <source>&amp;Reason for negotiation (R14) *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/request_form_fields.py" line="338"/>
        <source>Scenario of &amp;use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/request_form_fields.py" line="339"/>
        <source>Data &amp;items wanted *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/request_form_fields.py" line="340"/>
        <source>Usa&amp;ge scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/request_form_fields.py" line="341"/>
        <source>Peri&amp;od of use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/request_form_fields.py" line="344"/>
        <source>Pho&amp;ne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/request_form_fields.py" line="345"/>
        <source>Pho&amp;ne *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/request_form_fields.py" line="361"/>
        <source>Limi&amp;t to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/request_form_fields.py" line="362"/>
        <source>Add &amp;files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/request_form_fields.py" line="342"/>
        <source>&amp;Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/request_form_fields.py" line="343"/>
        <source>&amp;Contact *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/request_form_fields.py" line="346"/>
        <source>Attac&amp;hments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/request_form_fields.py" line="352"/>
        <source>Which of your department&apos;s duties the data serves, e.g. verifying identities when registering businesses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/request_form_fields.py" line="355"/>
        <source>The law, regulation or document your duty rests on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/request_form_fields.py" line="357"/>
        <source>Where the data will be used (R16: only for your own duties)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/request_form_fields.py" line="358"/>
        <source>Select &amp;all items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/request_form_fields.py" line="359"/>
        <source>Select &amp;all shared items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/request_form_fields.py" line="363"/>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/request_form_fields.py" line="364"/>
        <source>Save &amp;draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/request_form_fields.py" line="365"/>
        <source>Keep the text on this computer (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/request_form_fields.py" line="366"/>
        <source>&amp;Submit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/request_form_fields.py" line="367"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/request_form_fields.py" line="373"/>
        <source>%1 (not shared)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InboxModel</name>
    <message>
        <location filename="../app/views/inbox_model.py" line="30"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/inbox_model.py" line="30"/>
        <source>Resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/inbox_model.py" line="30"/>
        <source>Requested by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/inbox_model.py" line="31"/>
        <source>Share attribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/inbox_model.py" line="31"/>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/inbox_model.py" line="31"/>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/inbox_model.py" line="32"/>
        <source>Working days left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/inbox_model.py" line="32"/>
        <source>Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/inbox_model.py" line="48"/>
        <source>Not yet confirmed by the platform: your answer to this request is in the outbox.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InboxPage</name>
    <message>
        <location filename="../app/views/inbox_page.py" line="163"/>
        <source>Select a request to see what it asks for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/inbox_page.py" line="168"/>
        <source>No deadline is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/inbox_page.py" line="168"/>
        <source>Due %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/inbox_page.py" line="177"/>
        <source>(waiting for the platform to confirm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/inbox_page.py" line="181"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/inbox_page.py" line="181"/>
        <source>Requested by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/inbox_page.py" line="182"/>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/inbox_page.py" line="184"/>
        <source>Purpose (R11)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/inbox_page.py" line="185"/>
        <source>Legal basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/inbox_page.py" line="185"/>
        <source>Scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/inbox_page.py" line="186"/>
        <source>Data items wanted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/inbox_page.py" line="187"/>
        <source>Usage scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/inbox_page.py" line="187"/>
        <source>Period of use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/inbox_page.py" line="188"/>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/inbox_page.py" line="190"/>
        <source>Attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/inbox_page.py" line="191"/>
        <source>Missing material requested (N3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/inbox_page.py" line="195"/>
        <source>Written reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/inbox_page.py" line="197"/>
        <source>(number pending from the platform)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/inbox_page.py" line="200"/>
        <source>filing awaiting acknowledgement (备案待确认)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/inbox_page.py" line="202"/>
        <source>filing acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/inbox_page.py" line="206"/>
        <source>in force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/inbox_page.py" line="207"/>
        <source>lifted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/inbox_page.py" line="209"/>
        <source>Resource code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/inbox_page.py" line="210"/>
        <source>Share attribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/inbox_page.py" line="211"/>
        <source>Share conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/inbox_page.py" line="212"/>
        <source>Legal basis of the attribute (R10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/inbox_page.py" line="215"/>
        <source>The request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/inbox_page.py" line="215"/>
        <source>The resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/inbox_page.py" line="229"/>
        <source>Written reply queued in the outbox (R13).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/inbox_page.py" line="236"/>
        <source>Agreement queued; it will be filed with the supervisor (R14).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/inbox_page.py" line="244"/>
        <source>Decline queued in the outbox (R14).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/inbox_page.py" line="251"/>
        <source>Queued; the supervisor will be told of the misuse (R17).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/inbox_page.py" line="258"/>
        <source>Lifting of the suspension queued (R17).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/inbox_page.py" line="265"/>
        <source>Deliver the data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/inbox_page.py" line="266"/>
        <source>Record that the data of “%1” has been delivered (N4)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/inbox_page.py" line="274"/>
        <source>Delivery queued in the outbox (N4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/inbox_page.py" line="291"/>
        <source>Something went wrong: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/inbox_page.py" line="296"/>
        <source>Filter by resource, department or purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/inbox_page.py" line="297"/>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/inbox_page.py" line="302"/>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/inbox_page.py" line="303"/>
        <source>&amp;Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/inbox_page.py" line="304"/>
        <source>Re&amp;ply in writing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/inbox_page.py" line="304"/>
        <source>&amp;Agree…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/inbox_page.py" line="305"/>
        <source>&amp;Decline…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/inbox_page.py" line="305"/>
        <source>Deli&amp;vered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/inbox_page.py" line="306"/>
        <source>&amp;Suspend or terminate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/inbox_page.py" line="306"/>
        <source>&amp;Lift…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/inbox_page.py" line="307"/>
        <source>L&amp;etter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/inbox_page.py" line="310"/>
        <source>Requests to reply to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/inbox_page.py" line="311"/>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LetterOpener</name>
    <message>
        <location filename="../app/views/reply_letter.py" line="307"/>
        <source>No written reply has arrived for this request yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/reply_letter.py" line="318"/>
        <source>The letter cannot be shown: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/reply_letter.py" line="321"/>
        <source>Written reply letter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LiftDialog</name>
    <message>
        <location filename="../app/views/misuse_dialog.py" line="107"/>
        <source>Lift the suspension (R17)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/misuse_dialog.py" line="108"/>
        <source>&amp;Note (optional), e.g. how the misuse was put right:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/misuse_dialog.py" line="109"/>
        <source>Provision resumes as it was before the suspension.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/misuse_dialog.py" line="110"/>
        <source>&amp;Lift</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../app/views/login_dialog.py" line="79"/>
        <source>Signing in with the session remembered on this computer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/login_dialog.py" line="158"/>
        <source>Sign in — ShareDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/login_dialog.py" line="159"/>
        <source>Sign in to the government information sharing platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/login_dialog.py" line="160"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/login_dialog.py" line="162"/>
        <source>Sign in again — ShareDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/login_dialog.py" line="164"/>
        <source>Your sign-in has ended. Enter your password to continue; everything queued in the outbox is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/login_dialog.py" line="166"/>
        <source>Keep working offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/login_dialog.py" line="167"/>
        <source>&amp;Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/login_dialog.py" line="168"/>
        <source>&amp;Username:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/login_dialog.py" line="169"/>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/login_dialog.py" line="171"/>
        <source>Set by your IT department; it cannot be changed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/login_dialog.py" line="172"/>
        <source>&amp;Remember me on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/login_dialog.py" line="174"/>
        <source>Keeps only a sign-in token in the system keyring, never your password (R23).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/login_dialog.py" line="175"/>
        <source>Sign &amp;in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/login_dialog.py" line="211"/>
        <source>“Remember me” is not available: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/login_dialog.py" line="249"/>
        <source>Enter the server address, your username and your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/login_dialog.py" line="264"/>
        <source>Signing in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/login_dialog.py" line="291"/>
        <source>The session remembered on this computer has ended. Please sign in with your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/login_messages.py" line="46"/>
        <source>This account is locked after too many wrong passwords, until %1. Try again then, or ask your administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/login_messages.py" line="51"/>
        <source>This account is locked after too many wrong passwords. Try again later, or ask your administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/login_messages.py" line="57"/>
        <source>Your sign-in has ended. Please sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/login_messages.py" line="63"/>
        <source>Wrong username or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/login_messages.py" line="65"/>
        <source>Wrong username or password. %n attempt(s) left before the account is locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/login_messages.py" line="101"/>
        <source>%1 (%2)</source>
        <comment>a person (their department)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/login_messages.py" line="105"/>
        <source>This computer holds a copy of the account of %1, never synced yet. If this is you, you can work on it offline: browse, draft and queue. Queued items are sent after you sign in again online.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/login_messages.py" line="71"/>
        <source>The platform at %1 cannot be reached. Check the network connection, or ask your IT department.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/login_messages.py" line="77"/>
        <source>The certificate of %1 could not be verified, so ShareDesk did not send your password. Ask your IT department to check the server address and the deployed CA certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/login_messages.py" line="84"/>
        <source>The address %1 is not encrypted. Use an address that starts with https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/login_messages.py" line="90"/>
        <source>Signing in failed unexpectedly (%1). Please try again; if it keeps failing, export diagnostics for your IT department.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/login_messages.py" line="112"/>
        <source>This computer holds a copy of the account of %1, last synced %2. If this is you, you can work on it offline: browse, draft and queue. Queued items are sent after you sign in again online.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/login_dialog.py" line="336"/>
        <source>This is me — &amp;open offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/login_dialog.py" line="347"/>
        <source>Opening the local copy…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../app/views/main_window.py" line="142"/>
        <source>Catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="143"/>
        <source>My requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="144"/>
        <source>To reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="145"/>
        <source>Feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="146"/>
        <source>Supervision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="147"/>
        <source>Outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="243"/>
        <source>● Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="247"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="248"/>
        <source>○ Offline since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="252"/>
        <source>Offline since %1. You can still browse the catalog and your requests, draft and queue requests, replies and feedback: the outbox sends them when the platform is reachable again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="259"/>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="260"/>
        <source>Last sync: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/views/main_window.py" line="261"/>
        <source>Outbox: %n item(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="265"/>
        <source>ShareDesk — government information resource sharing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="266"/>
        <source>Search the catalog (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="267"/>
        <source>Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="268"/>
        <source>Send the outbox and fetch changes (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/main_window.py" line="269"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MisuseDialog</name>
    <message>
        <location filename="../app/views/misuse_dialog.py" line="59"/>
        <source>Choose whether to suspend or to terminate provision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/misuse_dialog.py" line="75"/>
        <source>Suspend or terminate provision (R17)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/misuse_dialog.py" line="76"/>
        <source>&amp;Suspend (can be lifted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/misuse_dialog.py" line="77"/>
        <source>&amp;Terminate (final)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/misuse_dialog.py" line="78"/>
        <source>&amp;Misuse found (at least %1 characters):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/misuse_dialog.py" line="80"/>
        <source>the sharing supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/misuse_dialog.py" line="82"/>
        <source>This is reported to %1 (R17). The requesting department sees that provision is stopped and why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/misuse_dialog.py" line="84"/>
        <source>St&amp;op provision</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MyCatalogModel</name>
    <message>
        <location filename="../app/views/my_catalog_page.py" line="84"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/my_catalog_page.py" line="84"/>
        <source>Resource code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/my_catalog_page.py" line="84"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/my_catalog_page.py" line="85"/>
        <source>Share attribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/my_catalog_page.py" line="85"/>
        <source>Update due (R5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/my_catalog_page.py" line="85"/>
        <source>Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/my_catalog_page.py" line="95"/>
        <source>⟳ Waiting to send</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MyCatalogPage</name>
    <message>
        <location filename="../app/views/my_catalog_page.py" line="165"/>
        <source>&amp;New entry…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/my_catalog_page.py" line="165"/>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/my_catalog_page.py" line="166"/>
        <source>&amp;Submit for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/my_catalog_page.py" line="166"/>
        <source>&amp;Publish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/my_catalog_page.py" line="167"/>
        <source>Record a &amp;law change…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/my_catalog_page.py" line="168"/>
        <source>&amp;File an update…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/my_catalog_page.py" line="171"/>
        <source>My catalog entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/my_catalog_page.py" line="213"/>
        <source>The supervisor&apos;s comment (R3): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/my_catalog_page.py" line="242"/>
        <source>Record a law change (R5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/my_catalog_page.py" line="243"/>
        <source>&amp;Which law was revised or which functions changed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/my_catalog_page.py" line="252"/>
        <source>File an update with the supervisor (R5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/my_catalog_page.py" line="253"/>
        <source>&amp;What was updated:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/my_catalog_page.py" line="277"/>
        <source>Queued; it is sent with the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NegotiationDialog</name>
    <message>
        <location filename="../app/views/negotiation_dialog.py" line="168"/>
        <source>the sharing supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/negotiation_dialog.py" line="170"/>
        <source>Agree to provide (R14)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/negotiation_dialog.py" line="171"/>
        <source>&amp;Terms agreed in the negotiation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/negotiation_dialog.py" line="173"/>
        <source>The agreement is filed with %1 (R14) and shows as “filing awaiting acknowledgement” (备案待确认) until the supervisor acknowledges it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/negotiation_dialog.py" line="176"/>
        <source>&amp;Agree and file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/negotiation_dialog.py" line="178"/>
        <source>Decline to provide (R14)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/negotiation_dialog.py" line="179"/>
        <source>&amp;Reasons for declining (at least 10 characters):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/negotiation_dialog.py" line="180"/>
        <source>The requesting department sees the reasons and may ask the supervisor to coordinate (R15).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/negotiation_dialog.py" line="182"/>
        <source>&amp;Decline</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutboxModel</name>
    <message>
        <location filename="../app/views/outbox_model.py" line="65"/>
        <source>Queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/outbox_model.py" line="66"/>
        <source>Sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/outbox_model.py" line="67"/>
        <source>Needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/outbox_model.py" line="68"/>
        <source>Conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/outbox_model.py" line="69"/>
        <source>Held for editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/outbox_model.py" line="85"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/outbox_model.py" line="85"/>
        <source>Command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/outbox_model.py" line="85"/>
        <source>Concerning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/outbox_model.py" line="86"/>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/outbox_model.py" line="86"/>
        <source>Platform&apos;s answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/outbox_model.py" line="125"/>
        <source>No answer yet; trying again at %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/outbox_model.py" line="127"/>
        <source>No answer yet; trying again at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/outbox_model.py" line="135"/>
        <source>Sent with the next sync, in the order made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/outbox_model.py" line="136"/>
        <source>Being sent now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/outbox_model.py" line="137"/>
        <source>The platform refused it; your text is kept. Edit and send again, or discard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/outbox_model.py" line="139"/>
        <source>Someone changed the object meanwhile. Compare both versions, then send again or discard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/outbox_model.py" line="141"/>
        <source>Off the queue while you edit it; Retry sends it as it is.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutboxPage</name>
    <message>
        <location filename="../app/views/outbox_page.py" line="153"/>
        <source>Platform&apos;s answer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/outbox_page.py" line="174"/>
        <source>Back in the queue; it goes with the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/outbox_page.py" line="184"/>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/outbox_page.py" line="185"/>
        <source>Discard “%1”? It will not be sent, and what you typed in it is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/outbox_page.py" line="200"/>
        <source>Discarded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/outbox_page.py" line="232"/>
        <source>Edit the queued command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/outbox_page.py" line="233"/>
        <source>&amp;Reasons for the supervisor (R15):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/outbox_page.py" line="233"/>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/outbox_page.py" line="240"/>
        <source>The edited command is back in the queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/outbox_page.py" line="261"/>
        <source>Will be sent again on the platform&apos;s current version with the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/outbox_page.py" line="271"/>
        <source>Something went wrong: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/outbox_page.py" line="278"/>
        <source>Commands wait here until the platform answers them; they are sent in the order made, with the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/outbox_page.py" line="280"/>
        <source>&amp;Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/outbox_page.py" line="281"/>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/outbox_page.py" line="282"/>
        <source>&amp;Compare versions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/outbox_page.py" line="283"/>
        <source>&amp;Discard…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/outbox_page.py" line="284"/>
        <source>Outbox</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <location filename="../app/views/placeholder_page.py" line="26"/>
        <source>This page is coming in a later version of ShareDesk. Meanwhile, sync keeps the local copy of everything you may see up to date.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <location filename="../app/views/reminders.py" line="47"/>
        <source>ShareDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/reminders.py" line="93"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/reminders.py" line="99"/>
        <source>; </source>
        <comment>separator between reminders</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/views/reminders.py" line="109"/>
        <source>…and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/views/reminders.py" line="110"/>
        <source>%n item(s) need you</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/views/reminders.py" line="114"/>
        <source>New share request to answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/reminders.py" line="115"/>
        <source>New feedback to verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/reminders.py" line="116"/>
        <source>Written reply received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/reminders.py" line="117"/>
        <source>Verification result received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/reminders.py" line="118"/>
        <source>Verification extended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/reminders.py" line="119"/>
        <source>Extension to approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/reminders.py" line="120"/>
        <source>One working day left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/reminders.py" line="125"/>
        <source>(a catalog entry not cached)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/reminders.py" line="127"/>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/reminders.py" line="129"/>
        <source>%1, due at the close of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReplyDialog</name>
    <message>
        <location filename="../app/views/reply_dialog.py" line="316"/>
        <source>Something went wrong: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/reply_dialog.py" line="341"/>
        <source>Written reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/reply_dialog.py" line="343"/>
        <source>“%1”, asked for by %2. Purpose: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/reply_dialog.py" line="346"/>
        <source>&amp;Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/reply_dialog.py" line="347"/>
        <source>Approve with &amp;conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/reply_dialog.py" line="348"/>
        <source>&amp;Refuse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/reply_dialog.py" line="349"/>
        <source>Request missing &amp;material (one notice)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/reply_dialog.py" line="352"/>
        <source>Rea&amp;sons (required to refuse, R13):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/reply_dialog.py" line="353"/>
        <source>Con&amp;ditions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/reply_dialog.py" line="354"/>
        <source>Deli&amp;very method:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/reply_dialog.py" line="355"/>
        <source>Missing material, all in &amp;one notice:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/reply_dialog.py" line="356"/>
        <source>&amp;Template:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/reply_dialog.py" line="357"/>
        <source>&amp;Insert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/reply_dialog.py" line="358"/>
        <source>&amp;Edit templates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/reply_dialog.py" line="359"/>
        <source>Preview the &amp;letter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/reply_dialog.py" line="360"/>
        <source>Se&amp;nd reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/reply_dialog.py" line="367"/>
        <source>Reply due %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/views/reply_dialog.py" line="373"/>
        <source>If you consent today, the data must be delivered within %n working day(s), by %2 (%3).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/views/reply_dialog.py" line="379"/>
        <source>Missing material may be requested once, listing everything (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReplyLetterDialog</name>
    <message>
        <location filename="../app/views/reply_letter.py" line="210"/>
        <source>Written reply letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/reply_letter.py" line="211"/>
        <source>Print pre&amp;view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/reply_letter.py" line="212"/>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/reply_letter.py" line="213"/>
        <source>&amp;Export PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/reply_letter.py" line="214"/>
        <source>Letter preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/reply_letter.py" line="216"/>
        <source>The platform assigns the reply number when the reply is synced; until then the letter shows “（待平台编号）”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/reply_letter.py" line="243"/>
        <source>Sent to the printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/reply_letter.py" line="249"/>
        <source>Export the letter as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/reply_letter.py" line="251"/>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/reply_letter.py" line="263"/>
        <source>Writing the PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/reply_letter.py" line="271"/>
        <source>Saved as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/reply_letter.py" line="277"/>
        <source>The PDF could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestForm</name>
    <message>
        <location filename="../app/views/request_form.py" line="123"/>
        <source>To submit: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/request_form.py" line="127"/>
        <source>Queue the request in the outbox (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/request_form.py" line="157"/>
        <source>Expected reply: working it out…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/request_form.py" line="160"/>
        <source>Expected reply: immediately — the resource is obtained directly (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/request_form.py" line="163"/>
        <source>Expected reply: no deadline — the departments negotiate (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/views/request_form.py" line="167"/>
        <source>%n working day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/views/request_form.py" line="170"/>
        <source>Expected reply: %1 (%2, under %3), estimated: the holiday calendar(s) of %4 not yet published</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/views/request_form.py" line="174"/>
        <source>Expected reply: %1 (%2, under %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/request_form.py" line="180"/>
        <source>The clock starts on: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/request_form.py" line="189"/>
        <source>Attach files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/request_form.py" line="234"/>
        <source>Draft saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/request_form.py" line="275"/>
        <source>Queuing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/request_form.py" line="285"/>
        <source>The edited request is back in the outbox queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/request_form.py" line="292"/>
        <source>Request queued in the outbox; the resource is granted directly (R12) once it is sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/request_form.py" line="295"/>
        <source>Negotiation request queued in the outbox (R14).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/request_form.py" line="298"/>
        <source>Request queued in the outbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/request_form.py" line="299"/>
        <source>Request queued in the outbox; expected reply by %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/request_form.py" line="309"/>
        <source>Could not save: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/request_form.py" line="322"/>
        <source>Unsaved request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/request_form.py" line="323"/>
        <source>Keep what you typed as a draft?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/request_form.py" line="325"/>
        <source>&amp;Keep as draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/request_form.py" line="326"/>
        <source>&amp;Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/request_form.py" line="330"/>
        <source>Discard your changes? The item stays in the outbox, off the queue, as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/request_form.py" line="352"/>
        <source>Negotiation request — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/request_form.py" line="355"/>
        <source>Request a resource — %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestsModel</name>
    <message>
        <location filename="../app/views/requests_model.py" line="25"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/requests_model.py" line="25"/>
        <source>Resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/requests_model.py" line="25"/>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/requests_model.py" line="26"/>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/requests_model.py" line="26"/>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/requests_model.py" line="26"/>
        <source>Working days left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/requests_model.py" line="27"/>
        <source>Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/requests_model.py" line="31"/>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/requests_model.py" line="42"/>
        <source>Not yet confirmed by the platform: an outbox item for this request has not been answered.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestsPage</name>
    <message>
        <location filename="../app/views/requests_page.py" line="153"/>
        <source>Select a request to see where it stands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/requests_page.py" line="165"/>
        <source>(waiting for the platform to confirm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/requests_page.py" line="172"/>
        <source>Status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/requests_page.py" line="176"/>
        <location filename="../app/views/requests_page.py" line="203"/>
        <source>Purpose: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/requests_page.py" line="174"/>
        <source>No deadline is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/requests_page.py" line="170"/>
        <source>Provision stopped by the provider (R17): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/requests_page.py" line="174"/>
        <source>Due %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/requests_page.py" line="187"/>
        <source>Decision: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/requests_page.py" line="189"/>
        <source>Reasons: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/requests_page.py" line="191"/>
        <source>Conditions: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/requests_page.py" line="193"/>
        <source>Reply number: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/requests_page.py" line="194"/>
        <source>Replied: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/requests_page.py" line="201"/>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/requests_page.py" line="202"/>
        <source>A draft kept on this computer; it has not been sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/requests_page.py" line="213"/>
        <source>Withdraw the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/requests_page.py" line="214"/>
        <source>Withdraw the request for “%1”? The provider is told once it is sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/requests_page.py" line="224"/>
        <source>Withdrawal queued in the outbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/requests_page.py" line="243"/>
        <source>Ask the supervisor to coordinate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/requests_page.py" line="244"/>
        <source>&amp;Why should the supervisor coordinate (R15)? At least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/requests_page.py" line="251"/>
        <source>Request for coordination queued in the outbox (R15).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/requests_page.py" line="273"/>
        <source>The draft&apos;s catalog entry is no longer cached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/requests_page.py" line="286"/>
        <source>Something went wrong: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/requests_page.py" line="291"/>
        <source>Filter by resource or purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/requests_page.py" line="292"/>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/requests_page.py" line="295"/>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/requests_page.py" line="296"/>
        <source>Written reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/requests_page.py" line="297"/>
        <source>&amp;Letter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/requests_page.py" line="298"/>
        <source>&amp;Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/requests_page.py" line="299"/>
        <source>&amp;Withdraw…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/requests_page.py" line="300"/>
        <source>Ask the supervisor to &amp;coordinate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/requests_page.py" line="301"/>
        <source>C&amp;ontinue the draft…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/requests_page.py" line="302"/>
        <source>My requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/requests_page.py" line="303"/>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResolveDialog</name>
    <message>
        <location filename="../app/views/resolve_dialog.py" line="115"/>
        <source>Verification result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/resolve_dialog.py" line="116"/>
        <source>Data item: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/resolve_dialog.py" line="118"/>
        <source>Record: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/resolve_dialog.py" line="119"/>
        <source>Reported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/resolve_dialog.py" line="121"/>
        <source>&amp;Corrected — the user department is told the corrected value (R22)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/resolve_dialog.py" line="123"/>
        <source>&amp;No error — explain how it was verified (R20)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/resolve_dialog.py" line="124"/>
        <source>Corrected &amp;value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/resolve_dialog.py" line="125"/>
        <source>E&amp;xplanation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/resolve_dialog.py" line="126"/>
        <source>Proposed by the user department: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/resolve_dialog.py" line="128"/>
        <source>The value the record holds now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/resolve_dialog.py" line="131"/>
        <source>How the data was checked, e.g. against the original household register</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResourceDetail</name>
    <message>
        <location filename="../app/views/resource_detail.py" line="151"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/resource_detail.py" line="152"/>
        <source>Choose a resource in the list to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/resource_detail.py" line="212"/>
        <source>update due by %1 after a change of law (R5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/resource_detail.py" line="215"/>
        <source>supervisor&apos;s comment: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/resource_detail.py" line="221"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/resource_detail.py" line="221"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/resource_detail.py" line="222"/>
        <source>Withheld: not given to other departments (R10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/resource_detail.py" line="253"/>
        <source>This entry is not in the published catalog (%1); no shared data to report on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/resource_detail.py" line="267"/>
        <source>Unconditional share: obtained directly through the platform, no written reply needed. Basis: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/views/resource_detail.py" line="269"/>
        <source>Unconditional share: the provider answers within %n working day(s). Basis: %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/views/resource_detail.py" line="274"/>
        <source>Conditional share: the provider replies in writing within %n working day(s). Basis: %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/views/resource_detail.py" line="277"/>
        <source>Not shared: the two departments negotiate; an agreement to provide is filed with the supervisor (R14).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/resource_detail.py" line="285"/>
        <source>Obtain &amp;directly…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/resource_detail.py" line="286"/>
        <source>&amp;Request access…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/resource_detail.py" line="291"/>
        <source>Report doubtful or wrong data to the provider, who verifies it (R20); the data item chosen under Data items is named in the report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/resource_detail.py" line="319"/>
        <source>Report an error in this item…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/resource_detail.py" line="332"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/resource_detail.py" line="332"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/resource_detail.py" line="332"/>
        <source>Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/resource_detail.py" line="332"/>
        <source>Shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/resource_detail.py" line="333"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/resource_detail.py" line="353"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/resource_detail.py" line="334"/>
        <source>Report an &amp;error…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/resource_detail.py" line="343"/>
        <source>Classification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/resource_detail.py" line="344"/>
        <source>Resource code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/resource_detail.py" line="344"/>
        <source>Provider (code)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/resource_detail.py" line="345"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/resource_detail.py" line="345"/>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/resource_detail.py" line="346"/>
        <source>Share attribute (R10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/resource_detail.py" line="347"/>
        <source>Share conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/resource_detail.py" line="347"/>
        <source>Legal basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/resource_detail.py" line="348"/>
        <source>Share method (R4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/resource_detail.py" line="349"/>
        <source>Usage scope (R4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/resource_detail.py" line="350"/>
        <source>Open to the public</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/resource_detail.py" line="351"/>
        <source>Update cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/resource_detail.py" line="351"/>
        <source>Catalog type (R3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/resource_detail.py" line="352"/>
        <source>Published on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/resource_detail.py" line="352"/>
        <source>Related codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/resource_detail.py" line="360"/>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/views/resource_detail.py" line="361"/>
        <source>Data items (%n)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/views/resource_detail.py" line="362"/>
        <source>Requests and feedback (%n)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/views/resource_detail.py" line="363"/>
        <source>What your department asked for or reported</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResourceHistoryTable</name>
    <message>
        <location filename="../app/views/resource_detail_history.py" line="74"/>
        <source>Share request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/resource_detail_history.py" line="78"/>
        <source>%1 on “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/resource_detail_history.py" line="94"/>
        <source>%1 (estimated: calendar not yet published)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/views/resource_detail_history.py" line="101"/>
        <source>%n working day(s) from %1 — %2</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/views/resource_detail_history.py" line="106"/>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/resource_detail_history.py" line="106"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/resource_detail_history.py" line="106"/>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/resource_detail_history.py" line="106"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScorecardModel</name>
    <message>
        <location filename="../app/views/scorecard_model.py" line="104"/>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/scorecard_model.py" line="106"/>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/views/scorecard_model.py" line="141"/>
        <source>%1 — %2: %3 (rule %4). %n item(s) behind it; double-click to list them.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/views/scorecard_model.py" line="146"/>
        <source>Weak figure: the supervisor should look into it (R25).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScorecardPage</name>
    <message>
        <location filename="../app/views/scorecard_page.py" line="143"/>
        <source>Evaluation scorecard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/scorecard_page.py" line="144"/>
        <source>&amp;Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/scorecard_page.py" line="145"/>
        <source>&amp;Department:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/scorecard_page.py" line="146"/>
        <source>&amp;Level:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/scorecard_page.py" line="147"/>
        <source>&amp;Compute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/scorecard_page.py" line="148"/>
        <source>Export CS&amp;V…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/scorecard_page.py" line="149"/>
        <source>Export &amp;XLSX…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/scorecard_page.py" line="150"/>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/scorecard_page.py" line="150"/>
        <source>Quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/scorecard_page.py" line="150"/>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/scorecard_page.py" line="162"/>
        <source>All levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/scorecard_page.py" line="165"/>
        <source>All departments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/scorecard_page.py" line="166"/>
        <source>Replies on time (%) — R13</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/scorecard_page.py" line="167"/>
        <source>Median working days to reply — R13</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/scorecard_page.py" line="192"/>
        <source>Month %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/scorecard_page.py" line="194"/>
        <source>Quarter %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/scorecard_page.py" line="246"/>
        <source>Computing the scorecard for %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/views/scorecard_page.py" line="258"/>
        <source>%1 (%2 to %3), counted on %4 from the local copy; %n department(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/views/scorecard_page.py" line="303"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/scorecard_page.py" line="304"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/scorecard_page.py" line="305"/>
        <source>Export the scorecard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/scorecard_page.py" line="331"/>
        <source>Scorecard exported to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../app/views/settings_dialog.py" line="166"/>
        <source>Settings — ShareDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/settings_dialog.py" line="167"/>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/settings_dialog.py" line="168"/>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/settings_dialog.py" line="169"/>
        <source>Local data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/settings_dialog.py" line="170"/>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/settings_dialog.py" line="171"/>
        <source>S&amp;ync every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/settings_dialog.py" line="172"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/settings_dialog.py" line="173"/>
        <source>&amp;Proxy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/settings_dialog.py" line="174"/>
        <source>Extra &amp;CA file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/settings_dialog.py" line="175"/>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/settings_dialog.py" line="176"/>
        <source>Data folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/settings_dialog.py" line="177"/>
        <source>Open &amp;folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/settings_dialog.py" line="178"/>
        <source>&amp;Export diagnostics…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/settings_dialog.py" line="180"/>
        <source>Writes versions, paths, the local store&apos;s counts and the last sync errors for your IT department. No passwords, tokens or personal data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/settings_dialog.py" line="182"/>
        <source>Greyed-out settings are locked by your IT department.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/settings_dialog.py" line="184"/>
        <source>Proxy and CA file take effect the next time you sign in. The system&apos;s trusted certificates are always used as well.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/settings_dialog.py" line="187"/>
        <source>Locked by your IT department.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/settings_dialog.py" line="227"/>
        <source>The CA file %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/settings_dialog.py" line="238"/>
        <source>Choose a CA certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/settings_dialog.py" line="239"/>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/settings_dialog.py" line="252"/>
        <source>Export diagnostics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/settings_dialog.py" line="252"/>
        <source>JSON report (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/settings_dialog.py" line="262"/>
        <source>Writing the diagnostics report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/settings_dialog.py" line="270"/>
        <source>Diagnostics written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/settings_dialog.py" line="278"/>
        <source>The diagnostics report could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShareDesk</name>
    <message>
        <location filename="../app/application.py" line="144"/>
        <source>Local data repaired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/application.py" line="153"/>
        <source>The local data file was damaged and has been rebuilt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/application.py" line="154"/>
        <source>%n queued item(s) were kept.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/application.py" line="156"/>
        <source>%n queued item(s) could not be read.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/application.py" line="157"/>
        <source>Everything else is being synchronised again from the platform.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/application.py" line="158"/>
        <source>The damaged file was kept at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/application.py" line="240"/>
        <source>The demo platform could not be switched (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/application.py" line="257"/>
        <source>ShareDesk demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/application.py" line="258"/>
        <source>Signing in to the demo platform failed (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SupervisionModel</name>
    <message>
        <location filename="../app/views/supervision_model.py" line="87"/>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/supervision_model.py" line="87"/>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/supervision_model.py" line="87"/>
        <source>Department to act</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/supervision_model.py" line="88"/>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/supervision_model.py" line="88"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/supervision_model.py" line="88"/>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/supervision_model.py" line="89"/>
        <source>Working days left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/supervision_model.py" line="89"/>
        <source>Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/supervision_model.py" line="130"/>
        <source>Handled at another level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/supervision_model.py" line="132"/>
        <source>⟳ Waiting to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/supervision_model.py" line="133"/>
        <source>⟳ Sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/supervision_model.py" line="134"/>
        <source>⚠ Needs attention (Outbox)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/supervision_model.py" line="135"/>
        <source>⚠ Changed meanwhile: compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/supervision_model.py" line="136"/>
        <source>✎ Being edited (Outbox)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/supervision_model.py" line="147"/>
        <source>Your decision is not yet confirmed by the platform.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/supervision_model.py" line="157"/>
        <source>Reason: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/supervision_model.py" line="158"/>
        <source>Purpose (R11): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/supervision_model.py" line="159"/>
        <source>Legal basis: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/supervision_model.py" line="160"/>
        <source>Reported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/supervision_model.py" line="161"/>
        <source>Summary: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/supervision_model.py" line="162"/>
        <source>Decision: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/supervision_model.py" line="164"/>
        <source>Review comment (R3): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/supervision_model.py" line="172"/>
        <source>Share conditions (R10): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/supervision_model.py" line="174"/>
        <source>Legal basis (R10): %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SupervisionPage</name>
    <message>
        <location filename="../app/views/supervision_page.py" line="174"/>
        <source>&amp;Department:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/supervision_page.py" line="175"/>
        <source>&amp;Level:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/supervision_page.py" line="176"/>
        <source>Re&amp;fresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/supervision_page.py" line="177"/>
        <source>De&amp;cide…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/supervision_page.py" line="177"/>
        <source>&amp;Escalate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/supervision_page.py" line="178"/>
        <source>Ac&amp;knowledge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/supervision_page.py" line="178"/>
        <source>A&amp;pprove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/supervision_page.py" line="179"/>
        <source>Re&amp;turn…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/supervision_page.py" line="179"/>
        <source>Re&amp;mind…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/supervision_page.py" line="180"/>
        <source>Compare &amp;versions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/supervision_page.py" line="183"/>
        <source>Groups of pending items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/supervision_page.py" line="184"/>
        <source>Pending items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/supervision_page.py" line="204"/>
        <source>All levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/supervision_page.py" line="241"/>
        <source>All departments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/supervision_page.py" line="266"/>
        <source>All pending (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/supervision_page.py" line="278"/>
        <source>%1 pending, %2 overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/supervision_page.py" line="336"/>
        <source>Nothing pending here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/supervision_page.py" line="340"/>
        <source>Due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/supervision_page.py" line="365"/>
        <source>Decision queued; it is sent with the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplateManager</name>
    <message>
        <location filename="../app/views/template_manager.py" line="183"/>
        <source>Reason templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/template_manager.py" line="184"/>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/template_manager.py" line="185"/>
        <source>T&amp;itle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/template_manager.py" line="186"/>
        <source>Te&amp;xt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/template_manager.py" line="187"/>
        <source>Filled in when inserted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/template_manager.py" line="189"/>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/template_manager.py" line="190"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/template_manager.py" line="191"/>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/template_manager.py" line="192"/>
        <source>Templates</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../app/views/timeline.py" line="39"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/timeline.py" line="39"/>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/timeline.py" line="39"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/timeline.py" line="40"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/timeline.py" line="40"/>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/timeline.py" line="41"/>
        <source>Timeline of the request</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
