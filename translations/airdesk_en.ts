<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ScheduleText</name>
    <message numerus="yes">
        <source>Every %n minutes</source>
        <translation>
            <numerusform>Every minute</numerusform>
            <numerusform>Every %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every %n hours</source>
        <translation>
            <numerusform>Every hour</numerusform>
            <numerusform>Every %n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every %n days</source>
        <translation>
            <numerusform>Every day</numerusform>
            <numerusform>Every %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every %n weeks</source>
        <translation>
            <numerusform>Every week</numerusform>
            <numerusform>Every %n weeks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every %n months</source>
        <translation>
            <numerusform>Every month</numerusform>
            <numerusform>Every %n months</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>airdesk::api::DeclarativeDefinitionService</name>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>airdesk::api::JobService</name>
    <message numerus="yes">
        <source>Job %1 has %n attempt(s); there is no attempt number %2.</source>
        <translation>
            <numerusform>Job %1 has %n attempt; there is no attempt number %2.</numerusform>
            <numerusform>Job %1 has %n attempts; there is no attempt number %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>airdesk::cron</name>
    <message numerus="yes">
        <source>every %n seconds</source>
        <translation>
            <numerusform>every second</numerusform>
            <numerusform>every %n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n seconds, starting at %1 seconds past the minute</source>
        <translation>
            <numerusform>every second, starting at %1 seconds past the minute</numerusform>
            <numerusform>every %n seconds, starting at %1 seconds past the minute</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n seconds, seconds %1 through %2 past the minute</source>
        <translation>
            <numerusform>every second, seconds %1 through %2 past the minute</numerusform>
            <numerusform>every %n seconds, seconds %1 through %2 past the minute</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n minutes</source>
        <translation>
            <numerusform>every minute</numerusform>
            <numerusform>every %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n minutes, starting at %1 minutes past the hour</source>
        <translation>
            <numerusform>every minute, starting at %1 minutes past the hour</numerusform>
            <numerusform>every %n minutes, starting at %1 minutes past the hour</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n minutes, minutes %1 through %2 past the hour</source>
        <translation>
            <numerusform>every minute, minutes %1 through %2 past the hour</numerusform>
            <numerusform>every %n minutes, minutes %1 through %2 past the hour</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n hours</source>
        <translation>
            <numerusform>every hour</numerusform>
            <numerusform>every %n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n hours, starting at %1</source>
        <translation>
            <numerusform>every hour, starting at %1</numerusform>
            <numerusform>every %n hours, starting at %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n hours, between %1 and %2</source>
        <translation>
            <numerusform>every hour, between %1 and %2</numerusform>
            <numerusform>every %n hours, between %1 and %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>on the weekday nearest the day %n days before the last day of the month</source>
        <translation>
            <numerusform>on the weekday nearest the day %n day before the last day of the month</numerusform>
            <numerusform>on the weekday nearest the day %n days before the last day of the month</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>on the day %n days before the last day of the month</source>
        <translation>
            <numerusform>on the day %n day before the last day of the month</numerusform>
            <numerusform>on the day %n days before the last day of the month</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n days</source>
        <translation>
            <numerusform>every day</numerusform>
            <numerusform>every %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n days, starting on day %1 of the month</source>
        <translation>
            <numerusform>every day, starting on day %1 of the month</numerusform>
            <numerusform>every %n days, starting on day %1 of the month</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n days, days %1 through %2 of the month</source>
        <translation>
            <numerusform>every day, days %1 through %2 of the month</numerusform>
            <numerusform>every %n days, days %1 through %2 of the month</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n months</source>
        <translation>
            <numerusform>every month</numerusform>
            <numerusform>every %n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n years, starting in %1</source>
        <translation>
            <numerusform>every year, starting in %1</numerusform>
            <numerusform>every %n years, starting in %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n years, %1 through %2</source>
        <translation>
            <numerusform>every year, %1 through %2</numerusform>
            <numerusform>every %n years, %1 through %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>airdesk::gui::DefinitionsView</name>
    <message numerus="yes">
        <source>%n definition(s)</source>
        <translation>
            <numerusform>%n definition</numerusform>
            <numerusform>%n definitions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>airdesk::gui::DeleteDefinitionDialog</name>
    <message numerus="yes">
        <source>Delete the custom source definition &quot;%1&quot; (all %n version(s)) and its Connector Builder project on the server? Sources created from it stop working. This cannot be undone.</source>
        <translation>
            <numerusform>Delete the custom source definition &quot;%1&quot; (%n version) and its Connector Builder project on the server? Sources created from it stop working. This cannot be undone.</numerusform>
            <numerusform>Delete the custom source definition &quot;%1&quot; (all %n versions) and its Connector Builder project on the server? Sources created from it stop working. This cannot be undone.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>airdesk::gui::DeleteDialog</name>
    <message numerus="yes">
        <source>The server also deletes the %n connection(s) that use it:</source>
        <translation>
            <numerusform>The server also deletes the connection that uses it:</numerusform>
            <numerusform>The server also deletes the %n connections that use it:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>airdesk::gui::ManifestEditor</name>
    <message numerus="yes">
        <source>%n problem(s).</source>
        <translation>
            <numerusform>%n problem.</numerusform>
            <numerusform>%n problems.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Replaced %n occurrence(s).</source>
        <translation>
            <numerusform>Replaced %n occurrence.</numerusform>
            <numerusform>Replaced %n occurrences.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>airdesk::gui::ProfileDialog</name>
    <message numerus="yes">
        <source>%n workspace(s) found.</source>
        <translation>
            <numerusform>%n workspace found.</numerusform>
            <numerusform>%n workspaces found.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>airdesk::gui::PublishDialog</name>
    <message numerus="yes">
        <source>The manifest has %n problem(s); fix them in the editor, or turn pre-validation off to let the server decide.</source>
        <translation>
            <numerusform>The manifest has %n problem; fix it in the editor, or turn pre-validation off to let the server decide.</numerusform>
            <numerusform>The manifest has %n problems; fix them in the editor, or turn pre-validation off to let the server decide.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>airdesk::gui::ResourceActions</name>
    <message numerus="yes">
        <source>Starting %n sync(s)…</source>
        <translation>
            <numerusform>Starting %n sync…</numerusform>
            <numerusform>Starting %n syncs…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Started %n sync(s).</source>
        <translation>
            <numerusform>Started %n sync.</numerusform>
            <numerusform>Started %n syncs.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Enabled %n connection(s).</source>
        <translation>
            <numerusform>Enabled %n connection.</numerusform>
            <numerusform>Enabled %n connections.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Disabled %n connection(s).</source>
        <translation>
            <numerusform>Disabled %n connection.</numerusform>
            <numerusform>Disabled %n connections.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>enable %n connection(s)</source>
        <translation>
            <numerusform>enable %n connection</numerusform>
            <numerusform>enable %n connections</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>disable %n connection(s)</source>
        <translation>
            <numerusform>disable %n connection</numerusform>
            <numerusform>disable %n connections</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n item(s).</source>
        <translation>
            <numerusform>Deleted %n item.</numerusform>
            <numerusform>Deleted %n items.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>airdesk::gui::ResourceView</name>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>airdesk::gui::SpecForm</name>
    <message numerus="yes">
        <source>%n problem(s) to fix before saving:</source>
        <translation>
            <numerusform>%n problem to fix before saving:</numerusform>
            <numerusform>%n problems to fix before saving:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>airdesk::manifest::SchemaErrorFinder</name>
    <message numerus="yes">
        <source>needs at least %n item(s)</source>
        <translation>
            <numerusform>needs at least %n item</numerusform>
            <numerusform>needs at least %n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>allows at most %n item(s)</source>
        <translation>
            <numerusform>allows at most %n item</numerusform>
            <numerusform>allows at most %n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>needs at least %n character(s)</source>
        <translation>
            <numerusform>needs at least %n character</numerusform>
            <numerusform>needs at least %n characters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>allows at most %n character(s)</source>
        <translation>
            <numerusform>allows at most %n character</numerusform>
            <numerusform>allows at most %n characters</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>airdesk::models::JsonTreeModel</name>
    <message numerus="yes">
        <source>{%n member(s)}</source>
        <translation>
            <numerusform>{%n member}</numerusform>
            <numerusform>{%n members}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>[%n item(s)]</source>
        <translation>
            <numerusform>[%n item]</numerusform>
            <numerusform>[%n items]</numerusform>
        </translation>
    </message>
</context>
</TS>
