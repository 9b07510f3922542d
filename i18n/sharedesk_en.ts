<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
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
        <location filename="../app/views/catalog_model.py" line="313"/>
        <source>%1 (%2: not in the published catalog)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/catalog_model.py" line="324"/>
        <source>Share attribute (R10); not sortable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/catalog_model.py" line="325"/>
        <source>Catalog type (R3); not sortable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/catalog_model.py" line="326"/>
        <source>Update cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/catalog_model.py" line="332"/>
        <source>Resource name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/catalog_model.py" line="333"/>
        <source>Resource code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/catalog_model.py" line="334"/>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/catalog_model.py" line="335"/>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/catalog_model.py" line="336"/>
        <source>Catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/catalog_model.py" line="337"/>
        <source>Cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/catalog_model.py" line="338"/>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CatalogPage</name>
    <message>
        <location filename="../app/views/catalog_page.py" line="254"/>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/catalog_page.py" line="280"/>
        <source>Search failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/views/catalog_page.py" line="284"/>
        <source>%n resource(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/views/catalog_page.py" line="345"/>
        <source>&amp;Search:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/catalog_page.py" line="347"/>
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
        <location filename="../app/desk.py" line="125"/>
        <source>&amp;ShareDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desk.py" line="126"/>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desk.py" line="127"/>
        <source>&amp;About ShareDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desk.py" line="128"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desk.py" line="137"/>
        <source>About ShareDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desk.py" line="138"/>
        <source>ShareDesk %1 — the desktop client of the government information resource sharing platform.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desk.py" line="218"/>
        <source>Sending the outbox…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desk.py" line="219"/>
        <source>Downloading the catalog: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desk.py" line="220"/>
        <source>Fetching changes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desk.py" line="221"/>
        <source>Updating rules and calendars…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desk.py" line="251"/>
        <source>Sync stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desk.py" line="258"/>
        <source>Sync once before asking for resources.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desk.py" line="266"/>
        <source>This catalog entry is not in the local copy; sync and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/desk.py" line="285"/>
        <source>Error reports are coming in a later version.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormFields</name>
    <message>
        <location filename="../app/views/request_form_fields.py" line="312"/>
        <source>%1 — provided by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/request_form_fields.py" line="317"/>
        <source>Unconditional sharing: state the purpose and the items; the resource is obtained through the platform (R12).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/request_form_fields.py" line="320"/>
        <source>Conditional sharing: the provider replies in writing (R13). Conditions: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/request_form_fields.py" line="322"/>
        <source>Not shared: this request opens a negotiation with the provider, who files any agreement (R14).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/request_form_fields.py" line="328"/>
        <source>&amp;Purpose of use (R11) *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/request_form_fields.py" line="329"/>
        <source>&amp;Legal basis *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/request_form_fields.py" line="330"/>
        <source>&amp;Legal basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/request_form_fields.py" line="331"/>
        <source>&amp;Reason for negotiation (R14) *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/request_form_fields.py" line="332"/>
        <source>Scenario of &amp;use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/request_form_fields.py" line="333"/>
        <source>Data &amp;items wanted *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/request_form_fields.py" line="334"/>
        <source>Usage &amp;scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/request_form_fields.py" line="335"/>
        <source>Pe&amp;riod of use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/request_form_fields.py" line="336"/>
        <source>&amp;Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/request_form_fields.py" line="337"/>
        <source>&amp;Contact *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/request_form_fields.py" line="338"/>
        <source>&amp;Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/request_form_fields.py" line="339"/>
        <source>&amp;Phone *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/request_form_fields.py" line="340"/>
        <source>Attac&amp;hments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/request_form_fields.py" line="346"/>
        <source>Which of your department&apos;s duties the data serves, e.g. verifying identities when registering businesses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/request_form_fields.py" line="349"/>
        <source>The law, regulation or document your duty rests on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/request_form_fields.py" line="351"/>
        <source>Where the data will be used (R16: only for your own duties)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/request_form_fields.py" line="352"/>
        <source>Select &amp;all items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/request_form_fields.py" line="353"/>
        <source>Select &amp;all shared items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/request_form_fields.py" line="355"/>
        <source>Limit to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/request_form_fields.py" line="356"/>
        <source>A&amp;dd…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/request_form_fields.py" line="357"/>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/request_form_fields.py" line="358"/>
        <source>Save &amp;draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/request_form_fields.py" line="359"/>
        <source>Keep the text on this computer (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/request_form_fields.py" line="360"/>
        <source>&amp;Submit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/request_form_fields.py" line="361"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/request_form_fields.py" line="367"/>
        <source>%1 (not shared)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../app/views/login_dialog.py" line="99"/>
        <source>Signing in with the session remembered on this computer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/login_dialog.py" line="178"/>
        <source>Sign in — ShareDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/login_dialog.py" line="179"/>
        <source>Sign in to the government information sharing platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/login_dialog.py" line="180"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/login_dialog.py" line="182"/>
        <source>Sign in again — ShareDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/login_dialog.py" line="184"/>
        <source>Your sign-in has ended. Enter your password to continue; everything queued in the outbox is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/login_dialog.py" line="186"/>
        <source>Keep working offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/login_dialog.py" line="187"/>
        <source>&amp;Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/login_dialog.py" line="188"/>
        <source>&amp;Username:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/login_dialog.py" line="189"/>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/login_dialog.py" line="191"/>
        <source>Set by your IT department; it cannot be changed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/login_dialog.py" line="192"/>
        <source>&amp;Remember me on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/login_dialog.py" line="194"/>
        <source>Keeps only a sign-in token in the system keyring, never your password (R23).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/login_dialog.py" line="195"/>
        <source>Sign &amp;in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/login_dialog.py" line="231"/>
        <source>“Remember me” is not available: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/login_dialog.py" line="269"/>
        <source>Enter the server address, your username and your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/login_dialog.py" line="284"/>
        <source>Signing in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/login_dialog.py" line="311"/>
        <source>The session remembered on this computer has ended. Please sign in with your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/login_dialog.py" line="336"/>
        <source>This account is locked after too many wrong passwords, until %1. Try again then, or ask your administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/login_dialog.py" line="339"/>
        <source>This account is locked after too many wrong passwords. Try again later, or ask your administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/login_dialog.py" line="342"/>
        <source>Your sign-in has ended. Please sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/login_dialog.py" line="344"/>
        <source>Wrong username or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/views/login_dialog.py" line="348"/>
        <source>%n attempt(s) left before the account is locked.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/views/login_dialog.py" line="352"/>
        <source>The platform at %1 cannot be reached. Check the network connection, or ask your IT department.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/login_dialog.py" line="355"/>
        <source>The certificate of %1 could not be verified, so ShareDesk did not send your password. Ask your IT department to check the server address and the deployed CA certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/login_dialog.py" line="359"/>
        <source>The address %1 is not encrypted. Use an address that starts with https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/login_dialog.py" line="363"/>
        <source>Signing in failed unexpectedly (%1). Please try again; if it keeps failing, export diagnostics for your IT department.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/login_dialog.py" line="392"/>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/login_dialog.py" line="394"/>
        <source>This computer holds a copy of the account of %1, last synced %2. If this is you, you can work on it offline: browse, draft and queue. Queued items are sent after you sign in again online.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/login_dialog.py" line="397"/>
        <source>This is me — &amp;open offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/login_dialog.py" line="408"/>
        <source>Opening the local copy…</source>
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
        <location filename="../app/views/outbox_model.py" line="124"/>
        <source>No answer yet; trying again at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/outbox_model.py" line="133"/>
        <source>Sent with the next sync, in the order made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/outbox_model.py" line="134"/>
        <source>Being sent now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/outbox_model.py" line="135"/>
        <source>The platform refused it; your text is kept. Edit and send again, or discard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/outbox_model.py" line="137"/>
        <source>Someone changed the object meanwhile. Compare both versions, then send again or discard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/outbox_model.py" line="139"/>
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
        <source>Sent again on the platform&apos;s current version with the next sync.</source>
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
    <message>
        <location filename="../app/views/request_form.py" line="168"/>
        <source>Expected reply: %1 (%2, under %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/request_form.py" line="173"/>
        <source> — estimated: the %1 holiday calendar is not yet published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/request_form.py" line="178"/>
        <source>The clock starts on: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/request_form.py" line="187"/>
        <source>Attach files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/request_form.py" line="232"/>
        <source>Draft saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/request_form.py" line="273"/>
        <source>Queuing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/request_form.py" line="283"/>
        <source>The edited request is back in the outbox queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/request_form.py" line="290"/>
        <source>Request queued in the outbox; the resource is granted directly (R12) once it is sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/request_form.py" line="293"/>
        <source>Negotiation request queued in the outbox (R14).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/request_form.py" line="296"/>
        <source>Request queued in the outbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/request_form.py" line="297"/>
        <source>Request queued in the outbox; expected reply by %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/request_form.py" line="307"/>
        <source>Could not save: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/request_form.py" line="320"/>
        <source>Unsaved request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/request_form.py" line="321"/>
        <source>Keep what you typed as a draft?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/request_form.py" line="323"/>
        <source>&amp;Keep as draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/request_form.py" line="324"/>
        <source>&amp;Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/request_form.py" line="328"/>
        <source>Discard your changes? The item stays in the outbox, off the queue, as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/request_form.py" line="350"/>
        <source>Negotiation request — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/request_form.py" line="353"/>
        <source>Request a resource — %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestsModel</name>
    <message>
        <location filename="../app/views/requests_model.py" line="70"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/requests_model.py" line="70"/>
        <source>Resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/requests_model.py" line="70"/>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/requests_model.py" line="71"/>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/requests_model.py" line="71"/>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/requests_model.py" line="71"/>
        <source>Working days left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/requests_model.py" line="72"/>
        <source>Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/requests_model.py" line="102"/>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/requests_model.py" line="117"/>
        <source>Local draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/requests_model.py" line="119"/>
        <source>⟳ Waiting to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/requests_model.py" line="120"/>
        <source>⟳ Sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/requests_model.py" line="121"/>
        <source>⚠ Needs attention (Outbox)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/requests_model.py" line="122"/>
        <source>⚠ Conflict (Outbox)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/requests_model.py" line="123"/>
        <source>✎ Being edited (Outbox)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/requests_model.py" line="132"/>
        <source>Not yet confirmed by the platform: an outbox item for this request has not been answered.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestsPage</name>
    <message>
        <location filename="../app/views/requests_page.py" line="214"/>
        <source>Select a request to see where it stands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/requests_page.py" line="226"/>
        <source>(waiting for the platform to confirm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/requests_page.py" line="227"/>
        <source>Status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/requests_page.py" line="229"/>
        <location filename="../app/views/requests_page.py" line="270"/>
        <source>Purpose: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/requests_page.py" line="237"/>
        <source>No deadline is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/requests_page.py" line="241"/>
        <source>Due %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/requests_page.py" line="254"/>
        <source>Decision: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/requests_page.py" line="256"/>
        <source>Reasons: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/requests_page.py" line="258"/>
        <source>Conditions: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/requests_page.py" line="260"/>
        <source>Reply number: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/requests_page.py" line="261"/>
        <source>Replied: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/requests_page.py" line="268"/>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/requests_page.py" line="269"/>
        <source>A draft kept on this computer; it has not been sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/requests_page.py" line="280"/>
        <source>Withdraw the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/requests_page.py" line="281"/>
        <source>Withdraw the request for “%1”? The provider is told once it is sent (R11).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/requests_page.py" line="291"/>
        <source>Withdrawal queued in the outbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/requests_page.py" line="303"/>
        <source>Ask the supervisor to coordinate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/requests_page.py" line="304"/>
        <source>&amp;Why should the supervisor coordinate (R15)? At least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/requests_page.py" line="311"/>
        <source>Request for coordination queued in the outbox (R15).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/requests_page.py" line="344"/>
        <source>The draft&apos;s catalog entry is no longer cached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/requests_page.py" line="359"/>
        <source>Something went wrong: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/requests_page.py" line="365"/>
        <source>Filter by resource or purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/requests_page.py" line="366"/>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/requests_page.py" line="369"/>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/requests_page.py" line="370"/>
        <source>Written reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/requests_page.py" line="371"/>
        <source>&amp;Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/requests_page.py" line="372"/>
        <source>&amp;Withdraw…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/requests_page.py" line="373"/>
        <source>Ask the supervisor to &amp;coordinate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/requests_page.py" line="374"/>
        <source>C&amp;ontinue the draft…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/requests_page.py" line="375"/>
        <source>My requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/requests_page.py" line="376"/>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResourceDetail</name>
    <message>
        <location filename="../app/views/resource_detail.py" line="170"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/resource_detail.py" line="171"/>
        <source>Choose a resource in the list to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/resource_detail.py" line="231"/>
        <source>update due by %1 after a change of law (R5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/resource_detail.py" line="234"/>
        <source>supervisor&apos;s comment: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/resource_detail.py" line="240"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/resource_detail.py" line="240"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/resource_detail.py" line="241"/>
        <source>Withheld: not given to other departments (R10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/resource_detail.py" line="264"/>
        <source>Share request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/resource_detail.py" line="268"/>
        <source>%1 on “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/resource_detail.py" line="283"/>
        <source>%1 (estimated: calendar not yet published)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/views/resource_detail.py" line="291"/>
        <source>%n working day(s) from %1 — %2</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/views/resource_detail.py" line="308"/>
        <source>This entry is not in the published catalog (%1); no shared data to report on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/resource_detail.py" line="322"/>
        <source>Unconditional share: obtained directly through the platform, no written reply needed. Basis: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/views/resource_detail.py" line="324"/>
        <source>Unconditional share: the provider answers within %n working day(s). Basis: %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/views/resource_detail.py" line="329"/>
        <source>Conditional share: the provider replies in writing within %n working day(s). Basis: %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/views/resource_detail.py" line="332"/>
        <source>Not shared: the two departments negotiate; an agreement to provide is filed with the supervisor (R14).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/resource_detail.py" line="340"/>
        <source>Obtain &amp;directly…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/resource_detail.py" line="341"/>
        <source>&amp;Request access…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/resource_detail.py" line="346"/>
        <source>Report doubtful or wrong data to the provider, who verifies it (R20); the data item chosen under Data items is named in the report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/resource_detail.py" line="374"/>
        <source>Report an error in this item…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/resource_detail.py" line="387"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/resource_detail.py" line="387"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/resource_detail.py" line="387"/>
        <source>Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/resource_detail.py" line="387"/>
        <source>Shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/resource_detail.py" line="388"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/resource_detail.py" line="390"/>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/resource_detail.py" line="390"/>
        <location filename="../app/views/resource_detail.py" line="410"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/resource_detail.py" line="390"/>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/resource_detail.py" line="390"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/resource_detail.py" line="391"/>
        <source>Report an &amp;error…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/resource_detail.py" line="400"/>
        <source>Classification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/resource_detail.py" line="401"/>
        <source>Resource code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/resource_detail.py" line="401"/>
        <source>Provider (code)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/resource_detail.py" line="402"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/resource_detail.py" line="402"/>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/resource_detail.py" line="403"/>
        <source>Share attribute (R10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/resource_detail.py" line="404"/>
        <source>Share conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/resource_detail.py" line="404"/>
        <source>Legal basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/resource_detail.py" line="405"/>
        <source>Share method (R4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/resource_detail.py" line="406"/>
        <source>Usage scope (R4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/resource_detail.py" line="407"/>
        <source>Open to the public</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/resource_detail.py" line="408"/>
        <source>Update cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/resource_detail.py" line="408"/>
        <source>Catalog type (R3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/resource_detail.py" line="409"/>
        <source>Published on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/resource_detail.py" line="409"/>
        <source>Related codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views/resource_detail.py" line="417"/>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/views/resource_detail.py" line="418"/>
        <source>Data items (%n)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/views/resource_detail.py" line="419"/>
        <source>Requests and feedback (%n)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/views/resource_detail.py" line="420"/>
        <source>What your department asked for or reported</source>
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
        <location filename="../app/application.py" line="141"/>
        <source>Local data repaired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/application.py" line="142"/>
        <source>The local data file was damaged. %1 queued item(s) were kept and %2 could not be read; everything else is being synchronised again from the platform. The damaged file was kept at %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/application.py" line="217"/>
        <source>ShareDesk demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/application.py" line="218"/>
        <source>Signing in to the demo platform failed (%1).</source>
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
