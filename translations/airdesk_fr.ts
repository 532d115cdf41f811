<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>CronDescription</name>
    <message>
        <source>January</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>February</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>March</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>April</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>June</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>July</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>August</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>September</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>October</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>November</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>December</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Friday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>third</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fourth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fifth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Airbyte Cloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-managed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment variables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;API URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://api.airbyte.com/v1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For a local Airbyte (abctl), use http://localhost:8000/api/public/v1 and the client id and secret that &lt;code&gt;abctl local credentials&lt;/code&gt; prints.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Config API URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Web URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Workspace ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pick…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the workspaces these credentials can see</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client &amp;ID and secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bearer token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lient ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client &amp;secret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sho&amp;w secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sc&amp;hedule minimum:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shortest time between scheduled syncs your plan allows; the schedule dialog warns below it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScheduleDialog</name>
    <message>
        <source>Sync schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Manual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Every…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every N hours or minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cron</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cron expression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quartz cron expression (seconds first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cron builder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Common &amp;pattern:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Common pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M&amp;inutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Day of month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day of month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mont&amp;h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day of &amp;week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day of week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xpression:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 0 12 * * ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unix cron hint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Use the Quartz form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the Quartz form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next 10 runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show in &amp;time zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interval warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScheduleText</name>
    <message>
        <source>Manual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cron: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>airdesk::api</name>
    <message>
        <source>Not configured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not answer in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server rejected the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected answer from the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>airdesk::api::ActorService</name>
    <message>
        <source>source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new %1 needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connector type missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which connector the %1 uses: a definition id, or its type name (&quot;%2&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name already used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1 named &quot;%2&quot; already exists in this workspace. Choose another name, or allow duplicates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safe mode</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>airdesk::api::ApiClient</name>
    <message>
        <source>The answer is not valid JSON (%1 at byte %2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>airdesk::api::ApiError</name>
    <message>
        <source> [request %1]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem type: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request id: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retrying may help: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server gave no explanation (error id %1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>airdesk::api::ApiRoots</name>
    <message>
        <source>The API URL &quot;%1&quot; is not an http or https address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot derive the Config API URL from &quot;%1&quot;; give it explicitly (self-managed servers use &lt;host&gt;/api/v1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Config API URL &quot;%1&quot; is not an http or https address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The web URL &quot;%1&quot; is not an http or https address.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>airdesk::api::ArtifactService</name>
    <message>
        <source>Not a connection state: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The state cannot be replaced while a sync is running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection has no &quot;syncCatalog&quot; object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The updated connection has no &quot;syncCatalog&quot; object.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>airdesk::api::ConnectionService</name>
    <message>
        <source>Wrong workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection &apos;%1&apos; belongs to workspace &apos;%2&apos;, not &apos;%3&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No streams selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select at least one stream for the new connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A connection needs at least one selected stream.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This looks like a 5-field Unix cron; Airbyte uses Quartz (seconds first). Try &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid cron expression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safe mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stream list is not an array.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>airdesk::api::Credentials</name>
    <message>
        <source>Give either a bearer token or a client id and secret, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A client id was given without its client secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A client secret was given without its client id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No credentials: give a bearer token, or a client id and secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bearer token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client id %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>airdesk::api::DeclarativeDefinitionService</name>
    <message>
        <source>The manifest is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The manifest has no &quot;version&quot; (the CDK version it was written for, e.g. &quot;6.44.0&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The manifest has no &quot;type&quot;; it must be &quot;DeclarativeSource&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The manifest&apos;s &quot;type&quot; is &quot;%1&quot;; it must be &quot;DeclarativeSource&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The manifest has no &quot;spec&quot; object; the server needs &quot;spec.connection_specification&quot; to build the connector&apos;s form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The manifest&apos;s &quot;spec&quot; has no &quot;connection_specification&quot; object; the server needs it to build the connector&apos;s form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The manifest has neither a &quot;streams&quot; nor a &quot;dynamic_streams&quot; list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The manifest fails the CDK&apos;s validation: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A custom source definition needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid manifest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a custom source definition: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list has no &quot;data&quot; array.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name already used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace already has a custom source definition named &quot;%1&quot; (id %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The definition &quot;%1&quot; was created (id %2), but its testing values were not stored: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safe mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>custom source definition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Connector Builder project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The definition %1 has no Connector Builder project.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>airdesk::api::DeclarativeSchemaDownload</name>
    <message>
        <source>Could not download the schema from %1: HTTP %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not download the schema from %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>airdesk::api::JobService</name>
    <message>
        <source>Not a job: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sync is already running for this connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>=== Attempt %1 of %2 ===</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a job with attempts: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No such attempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Job %1 has %n attempt(s); there is no attempt number %2.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>airdesk::api::ListFetcher</name>
    <message>
        <source>A list page has no &quot;data&quot; array.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>airdesk::api::ServiceCalls</name>
    <message>
        <source>The answer is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>airdesk::api::SyncWatcher</name>
    <message>
        <source>The connection to the workspace was closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a job: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>airdesk::api::TokenProvider</name>
    <message>
        <source>The token endpoint sent no token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credentials were refused</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>airdesk::cron</name>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 through %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every %n seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every %n seconds, starting at %1 seconds past the minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every %n seconds, seconds %1 through %2 past the minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at 1 second past the minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at %1 seconds past the minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at seconds %1 past the minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every %n minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every %n minutes, starting at %1 minutes past the hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every %n minutes, minutes %1 through %2 past the hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at 1 minute past the hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at %1 minutes past the hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at minutes %1 past the hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every %n hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every %n hours, starting at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every %n hours, between %1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>during hours %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>between %1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on the last weekday of the month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on the weekday nearest the day before the last day of the month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on the weekday nearest the day %n days before the last day of the month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on the last day of the month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on the day before the last day of the month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on the day %n days before the last day of the month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on the weekday nearest day %1 of the month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on the weekday nearest days %1 of the month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every %n days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every %n days, starting on day %1 of the month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every %n days, days %1 through %2 of the month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on day %1 of the month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on days %1 of the month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on the %1 %2 of the month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on the last %1 of the month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every %n months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every %n years, starting in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every %n years, %1 through %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>airdesk::domain::SafeMode</name>
    <message>
        <source>Safe mode refused to delete the %1 &quot;%2&quot;: its name must contain &quot;delete-me&quot; or &quot;deleteme&quot;. Rename it first, or turn safe mode off for this deletion.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>airdesk::gui::ArtifactView</name>
    <message>
        <source>Select a connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The state could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No state is stored for this connection (not set).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalog could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No configured catalog is stored for this connection (not set).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>airdesk::gui::BulkOperation</name>
    <message>
        <source>… %1: not finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>airdesk::gui::DefinitionsView</name>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom YAML source definitions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n definition(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, version %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>airdesk::gui::DeleteDialog</name>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This deletes &quot;%1&quot; on the server. It cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This deletes these %1 %2 on the server. It cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items to delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The server also deletes the %n connection(s) that use it:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Connections deleted too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also delete the &amp;source (and every connection that uses it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also delete the d&amp;estination (and every connection that uses it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the name to confirm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the number of items (%1) to confirm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>airdesk::gui::DesktopMenus</name>
    <message>
        <source>Se&amp;ttings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Airdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Airdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Airdesk %1&lt;/h3&gt;&lt;p&gt;Manage Airbyte workspaces by point and click: sources, destinations, connections, schedules and syncs.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>airdesk::gui::DetailText</name>
    <message>
        <source>Open in the Airbyte web app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(custom)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Definition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configuration (secrets masked by the server)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sync yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prefix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Streams (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>airdesk::gui::ErrorBar</name>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show error details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss the error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>airdesk::gui::JobChartView</name>
    <message>
        <source>Records and bytes per job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration per job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to open the job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Megabytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed or cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running or other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MB</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>airdesk::gui::JobDetailView</name>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading job %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetching the logs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1 could not be loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No job chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>took %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 attempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the job history in the Airbyte web app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>airdesk::gui::JobHistoryView</name>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trends</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>airdesk::gui::JobRunController</name>
    <message>
        <source>A sync is already running for this connection</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>airdesk::gui::JsonTreeView</name>
    <message>
        <source>Search keys and values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the whole document</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>airdesk::gui::KeychainSecretBackend</name>
    <message>
        <source>The system keychain did not answer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>airdesk::gui::LogViewer</name>
    <message>
        <source>Attempt whose log is shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only some log levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the log (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the whole log to a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the log… %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Levels (filtered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempt %1 of %2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This job has no attempts, so no logs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This attempt has no log lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log files (*.log *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>airdesk::gui::MainWindow</name>
    <message>
        <source>Airdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Destinations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress of the bulk action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>destinations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Columns…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notify when a sync ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A desktop notification when a sync started here succeeds or fails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This desktop has no notification area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Auto-refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every &amp;minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every &amp;5 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every &amp;15 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not in the list (yet).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the profile &quot;%1&quot; and its stored secret? Nothing on the server is deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret could not be removed from the keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Airdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloading the declarative component schema (CDK %1)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YAML definitions are checked structurally only: the schema is not available (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The declarative component schema is ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync of %1 ended: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;atalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent &amp;jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;YAML definitions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync ended: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (job %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 connections · %3 sources · %4 destinations</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>airdesk::gui::ManifestEditor</name>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored unsaved edits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validating…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(root)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Replaced %n occurrence(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>airdesk::gui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new language applies when Airdesk starts again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language change note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Appearance:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language of menus, dialogs and messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light or dark colours, or those of the desktop</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>airdesk::gui::ProfileDialog</name>
    <message>
        <source>Show secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These credentials see no workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n workspace(s) found.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Default for the kind (1 hour on Cloud, else 1 minute)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 hour (Cloud Standard)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>15 minutes (Cloud Plus)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 minute (self-managed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No minimum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token: enter the bearer token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client ID: enter the client id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client secret: enter the client secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name: give the profile a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace ID: enter the workspace id, or pick one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listing workspaces…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot be derived: enter it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>airdesk::gui::RecentJobsView</name>
    <message>
        <source>Failures only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed or cancelled, %2 running or waiting, %3 succeeded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>airdesk::gui::RenameDialog</name>
    <message>
        <source>Rename %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>airdesk::gui::ResourceActions</name>
    <message>
        <source>&amp;Run sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit &amp;schedule…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open in web app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;heck connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>destinations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 of %3 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting a sync of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Starting %n sync(s)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Started %n sync(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Enabled %n connection(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Disabled %n connection(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Enable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enable %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disable %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>enable %n connection(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>disable %n connection(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the connection check succeeded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the connection check failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renamed %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rename to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schedule of %1 is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n item(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>airdesk::gui::ResourceView</name>
    <message>
        <source>Search by name, type or id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connector type filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only one connector type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All connectors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only connections in one state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last sync failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last sync succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the list again from the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a row to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>airdesk::gui::ScheduleDialog</name>
    <message>
        <source>Every 15 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every 30 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every 2 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every 3 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every 6 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every 8 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every 12 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every day at 12:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every weekday at 08:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every Monday at 09:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every hour at half past</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day of the month at 00:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day of the month at 18:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last weekday of the month at 17:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Third Friday of the month at 00:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day of month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day of week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the server will run this schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a pattern…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused this schedule: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection syncs only when you run it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a Quartz cron expression, for example 0 0 12 * * ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This looks like a 5-field Unix cron. Airbyte uses Quartz (seconds first); the same schedule is %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: this schedule runs more often than your plan allows (%1). The server will refuse it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: Airbyte needs a plain number here (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Airbyte public API stores every cron schedule in UTC, so the server runs it at the UTC times; the first column shows them in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No further runs: the schedule has ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the schedule…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>airdesk::gui::SecretStore</name>
    <message>
        <source>Secrets are kept for this session only: no system keychain is available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the secret from the system keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not store the secret in the system keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not remove the secret from the system keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>airdesk::gui::SessionManager</name>
    <message>
        <source>The sandbox did not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no secret is stored for this profile; edit it to enter one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>airdesk::gui::ShortcutsDialog</name>
    <message>
        <source>Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>airdesk::gui::WelcomePage</name>
    <message>
        <source>&lt;h1&gt;Welcome to Airdesk&lt;/h1&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manage Airbyte workspaces by point and click. Where do you want to start?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try the sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A demo workspace served by Airdesk itself, on this computer only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Airbyte Cloud…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect with a client id and secret from Airbyte Cloud.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-managed Airbyte…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to your own Airbyte, such as one started with abctl.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For a local Airbyte started with abctl, &lt;code&gt;abctl local credentials&lt;/code&gt; prints the client id and secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use AIRBYTE_CLOUD_* from the environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a profile from the credentials set in the environment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Airbyte Cloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local Airbyte</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>airdesk::manifest</name>
    <message>
        <source>missing required property &apos;version&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected string, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be &apos;DeclarativeSource&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing required property &apos;check&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs a &apos;streams&apos; or &apos;dynamic_streams&apos; list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing &apos;type: DeclarativeSource&apos; (needed to publish)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing &apos;spec&apos; with &apos;connection_specification&apos; (needed to publish: the server builds the connector&apos;s form from it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing &apos;connection_specification&apos; object written out here (needed to publish: the server reads it as written, without resolving references)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>airdesk::manifest::DeclarativeSchema</name>
    <message>
        <source>The declarative component schema cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not Airbyte&apos;s declarative component schema (no DeclarativeSource title or definitions).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The declarative component schema cannot be compiled: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No declarative component schema at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>airdesk::manifest::DeclarativeSchemaSource</name>
    <message>
        <source>No declarative component schema at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 names %2, which does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the cache folder for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>airdesk::manifest::ManifestPath</name>
    <message>
        <source>(root)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>airdesk::manifest::ManifestReferences::Resolver</name>
    <message>
        <source>circular reference &apos;%1&apos; (%2 -&gt; %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>undefined reference &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>airdesk::manifest::ManifestValidator</name>
    <message>
        <source>schema not available: structural checks only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the manifest must be a mapping at the top level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>does not match the declarative component schema</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>airdesk::manifest::SchemaErrorFinder</name>
    <message>
        <source>expected %1, found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not one of: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs at least %n item(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>allows at most %n item(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>repeats an earlier item; items must be unique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be at least %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be at most %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs at least %n character(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>allows at most %n character(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing required property &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown property &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown component type %1; expected one of: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>matches none of the allowed forms: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a %1 component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another form</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>airdesk::manifest::YamlToJson</name>
    <message>
        <source>Expected a single document, but found another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>airdesk::manifest::YamlToJson::Builder</name>
    <message>
        <source>Only text keys are supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An alias refers to a node that is not complete yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document is nested too deeply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A merge key (&lt;&lt;) needs a mapping or a list of mappings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>airdesk::models::ActorTableModel</name>
    <message>
        <source>Definition %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>airdesk::models::ConnectionTableModel</name>
    <message>
        <source>Job %1: %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Streams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prefix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deprecated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incomplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>airdesk::models::DefinitionTableModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>airdesk::models::JobTableModel</name>
    <message>
        <source>Job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>airdesk::models::JobText</name>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incomplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>airdesk::models::JsonTreeModel</name>
    <message numerus="yes">
        <source>{%n member(s)}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>[%n item(s)]</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>airdesk::models::LogIndex</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot map %1 into memory: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>airdesk::models::LogModel</name>
    <message>
        <source>Line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no log to save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>airdesk::models::RecentJobsModel</name>
    <message>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Manage Airbyte workspaces by point and click.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a picture of the main window to &lt;file&gt; and quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options for the embedded sandbox (as airdesk-sandbox takes them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --screenshot: the table to show (connections, sources, destinations or jobs).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown page &quot;%1&quot;: use connections, sources, destinations or jobs.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
