<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>Invalid Docker definition</source>
        <translation>Ungültige Docker-Definition</translation>
    </message>
    <message>
        <source>The list has no &quot;data&quot; array.</source>
        <translation>Die Liste enthält kein „data“-Array.</translation>
    </message>
    <message>
        <source>Not supported by this server</source>
        <translation>Von diesem Server nicht unterstützt</translation>
    </message>
    <message>
        <source>This Airbyte server lists definitions but not which of them are custom (HTTP %1 for the Config API&apos;s list_for_workspace).</source>
        <translation>Dieser Airbyte-Server listet Definitionen auf, aber nicht, welche davon benutzerdefiniert sind (HTTP %1 für list_for_workspace der Config-API).</translation>
    </message>
    <message>
        <source>The definitions list has no &quot;%1&quot; array.</source>
        <translation>Die Definitionsliste enthält kein „%1“-Array.</translation>
    </message>
</context>
<context>
    <name>CronDescription</name>
    <message>
        <source>January</source>
        <translation>Januar</translation>
    </message>
    <message>
        <source>February</source>
        <translation>Februar</translation>
    </message>
    <message>
        <source>March</source>
        <translation>März</translation>
    </message>
    <message>
        <source>April</source>
        <translation>April</translation>
    </message>
    <message>
        <source>May</source>
        <translation>Mai</translation>
    </message>
    <message>
        <source>June</source>
        <translation>Juni</translation>
    </message>
    <message>
        <source>July</source>
        <translation>Juli</translation>
    </message>
    <message>
        <source>August</source>
        <translation>August</translation>
    </message>
    <message>
        <source>September</source>
        <translation>September</translation>
    </message>
    <message>
        <source>October</source>
        <translation>Oktober</translation>
    </message>
    <message>
        <source>November</source>
        <translation>November</translation>
    </message>
    <message>
        <source>December</source>
        <translation>Dezember</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Sonntag</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>Montag</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Dienstag</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>Mittwoch</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>Donnerstag</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>Freitag</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Samstag</translation>
    </message>
    <message>
        <source>first</source>
        <translation>ersten</translation>
    </message>
    <message>
        <source>second</source>
        <translation>zweiten</translation>
    </message>
    <message>
        <source>third</source>
        <translation>dritten</translation>
    </message>
    <message>
        <source>fourth</source>
        <translation>vierten</translation>
    </message>
    <message>
        <source>fifth</source>
        <translation>fünften</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>DiscardChangesBox</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Nicht gespeicherte Änderungen</translation>
    </message>
    <message>
        <source>You have changes that are not saved. Discard them?</source>
        <translation>Sie haben nicht gespeicherte Änderungen. Möchten Sie sie verwerfen?</translation>
    </message>
</context>
<context>
    <name>DraftStore</name>
    <message>
        <source>Cannot create %1</source>
        <translation>%1 kann nicht angelegt werden</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>My workspace</source>
        <translation>Mein Arbeitsbereich</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>A&amp;rt:</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <source>Airbyte Cloud</source>
        <translation>Airbyte Cloud</translation>
    </message>
    <message>
        <source>Self-managed</source>
        <translation>Selbst verwaltet</translation>
    </message>
    <message>
        <source>Environment variables</source>
        <translation>Umgebungsvariablen</translation>
    </message>
    <message>
        <source>&amp;API URL:</source>
        <translation>&amp;API-URL:</translation>
    </message>
    <message>
        <source>https://api.airbyte.com/v1</source>
        <translation>https://api.airbyte.com/v1</translation>
    </message>
    <message>
        <source>For a local Airbyte (abctl), use http://localhost:8000/api/public/v1 and the client id and secret that &lt;code&gt;abctl local credentials&lt;/code&gt; prints.</source>
        <translation>Für ein lokales Airbyte (abctl) verwenden Sie http://localhost:8000/api/public/v1 und die Client-ID und das Secret, die &lt;code&gt;abctl local credentials&lt;/code&gt; ausgibt.</translation>
    </message>
    <message>
        <source>&amp;Config API URL:</source>
        <translation>&amp;Config-API-URL:</translation>
    </message>
    <message>
        <source>&amp;Web URL:</source>
        <translation>&amp;Web-URL:</translation>
    </message>
    <message>
        <source>&amp;Workspace ID:</source>
        <translation>Arbeitsbereichs-I&amp;D:</translation>
    </message>
    <message>
        <source>&amp;Pick…</source>
        <translation>A&amp;uswählen…</translation>
    </message>
    <message>
        <source>List the workspaces these credentials can see</source>
        <translation>Die Arbeitsbereiche auflisten, die diese Zugangsdaten sehen</translation>
    </message>
    <message>
        <source>Workspaces</source>
        <translation>Arbeitsbereiche</translation>
    </message>
    <message>
        <source>Authentication:</source>
        <translation>Anmeldung:</translation>
    </message>
    <message>
        <source>Client &amp;ID and secret</source>
        <translation>Client-&amp;ID und Secret</translation>
    </message>
    <message>
        <source>&amp;Bearer token</source>
        <translation>&amp;Bearer-Token</translation>
    </message>
    <message>
        <source>C&amp;lient ID:</source>
        <translation>C&amp;lient-ID:</translation>
    </message>
    <message>
        <source>Client &amp;secret:</source>
        <translation>Client-&amp;Secret:</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>&amp;Token:</translation>
    </message>
    <message>
        <source>Sho&amp;w secret</source>
        <translation>Secret an&amp;zeigen</translation>
    </message>
    <message>
        <source>Sc&amp;hedule minimum:</source>
        <translation>&amp;Mindestabstand der Planung:</translation>
    </message>
    <message>
        <source>The shortest time between scheduled syncs your plan allows; the schedule dialog warns below it.</source>
        <translation>Der kürzeste Abstand zwischen geplanten Synchronisationen, den Ihr Tarif erlaubt; der Planungsdialog warnt bei kürzeren Abständen.</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;prüfen</translation>
    </message>
    <message>
        <source>Connection status</source>
        <translation>Verbindungsstatus</translation>
    </message>
    <message>
        <source>CA c&amp;ertificates:</source>
        <translation>CA-Z&amp;ertifikate:</translation>
    </message>
    <message>
        <source>The system&apos;s certificate authorities only</source>
        <translation>Nur die Zertifizierungsstellen des Systems</translation>
    </message>
    <message>
        <source>A PEM file of certificate authorities to trust besides the system&apos;s, for an Airbyte behind its own CA. Certificates and host names are always verified.</source>
        <translation>Eine PEM-Datei mit Zertifizierungsstellen, denen zusätzlich zu denen des Systems vertraut wird, für ein Airbyte hinter einer eigenen CA. Zertifikate und Hostnamen werden immer geprüft.</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>Durc&amp;hsuchen…</translation>
    </message>
    <message>
        <source>Choose a CA certificates file</source>
        <translation>Datei mit CA-Zertifikaten auswählen</translation>
    </message>
</context>
<context>
    <name>ScheduleDialog</name>
    <message>
        <source>Sync schedule</source>
        <translation>Synchronisationsplan</translation>
    </message>
    <message>
        <source>Schedule type</source>
        <translation>Art der Planung</translation>
    </message>
    <message>
        <source>&amp;Manual</source>
        <translation>&amp;Manuell</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Manuell</translation>
    </message>
    <message>
        <source>&amp;Every…</source>
        <translation>&amp;Alle…</translation>
    </message>
    <message>
        <source>Every N hours or minutes</source>
        <translation>Alle N Stunden oder Minuten</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>Häufigkeit</translation>
    </message>
    <message>
        <source>&amp;Cron</source>
        <translation>&amp;Cron</translation>
    </message>
    <message>
        <source>Cron expression</source>
        <translation>Cron-Ausdruck</translation>
    </message>
    <message>
        <source>Quartz cron expression (seconds first)</source>
        <translation>Quartz-Cron-Ausdruck (Sekunden zuerst)</translation>
    </message>
    <message>
        <source>Cron builder</source>
        <translation>Cron-Baukasten</translation>
    </message>
    <message>
        <source>Common &amp;pattern:</source>
        <translation>Hä&amp;ufiges Muster:</translation>
    </message>
    <message>
        <source>Common pattern</source>
        <translation>Häufiges Muster</translation>
    </message>
    <message>
        <source>&amp;Seconds</source>
        <translation>&amp;Sekunden</translation>
    </message>
    <message>
        <source>Seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <source>M&amp;inutes</source>
        <translation>M&amp;inuten</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>&amp;Hours</source>
        <translation>S&amp;tunden</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <source>&amp;Day of month</source>
        <translation>Tag im M&amp;onat</translation>
    </message>
    <message>
        <source>Day of month</source>
        <translation>Tag im Monat</translation>
    </message>
    <message>
        <source>Mont&amp;h</source>
        <translation>Mo&amp;nat</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>Day of &amp;week</source>
        <translation>&amp;Wochentag</translation>
    </message>
    <message>
        <source>Day of week</source>
        <translation>Wochentag</translation>
    </message>
    <message>
        <source>&amp;Year</source>
        <translation>&amp;Jahr</translation>
    </message>
    <message>
        <source>Year (optional)</source>
        <translation>Jahr (optional)</translation>
    </message>
    <message>
        <source>E&amp;xpression:</source>
        <translation>Aus&amp;druck:</translation>
    </message>
    <message>
        <source>Expression</source>
        <translation>Ausdruck</translation>
    </message>
    <message>
        <source>0 0 12 * * ?</source>
        <translation>0 0 12 * * ?</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Unix cron hint</source>
        <translation>Hinweis zu Unix-Cron</translation>
    </message>
    <message>
        <source>&amp;Use the Quartz form</source>
        <translation>Quartz-Form &amp;verwenden</translation>
    </message>
    <message>
        <source>Use the Quartz form</source>
        <translation>Quartz-Form verwenden</translation>
    </message>
    <message>
        <source>Next 10 runs</source>
        <translation>Nächste 10 Läufe</translation>
    </message>
    <message>
        <source>Next runs</source>
        <translation>Nächste Läufe</translation>
    </message>
    <message>
        <source>Show in &amp;time zone:</source>
        <translation>In &amp;Zeitzone anzeigen:</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>Lokal</translation>
    </message>
    <message>
        <source>UTC</source>
        <translation>UTC</translation>
    </message>
    <message>
        <source>Time zone note</source>
        <translation>Hinweis zur Zeitzone</translation>
    </message>
    <message>
        <source>Interval warning</source>
        <translation>Warnung zum Intervall</translation>
    </message>
    <message>
        <source>Server answer</source>
        <translation>Antwort des Servers</translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation>Dialogschaltflächen</translation>
    </message>
</context>
<context>
    <name>ScheduleText</name>
    <message>
        <source>Manual</source>
        <translation>Manuell</translation>
    </message>
    <message>
        <source>Basic</source>
        <translation>Einfach</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Cron: %1</source>
        <translation>Cron: %1</translation>
    </message>
    <message>
        <source>%1 (UTC)</source>
        <translation>%1 (UTC)</translation>
    </message>
    <message>
        <source>Every minute</source>
        <translation>Jede Minute</translation>
    </message>
    <message numerus="yes">
        <source>Every %n minutes</source>
        <translation>
            <numerusform>Jede Minute</numerusform>
            <numerusform>Alle %n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>Every hour</source>
        <translation>Jede Stunde</translation>
    </message>
    <message numerus="yes">
        <source>Every %n hours</source>
        <translation>
            <numerusform>Stündlich</numerusform>
            <numerusform>Alle %n Stunden</numerusform>
        </translation>
    </message>
    <message>
        <source>Every day</source>
        <translation>Täglich</translation>
    </message>
    <message numerus="yes">
        <source>Every %n days</source>
        <translation>
            <numerusform>Täglich</numerusform>
            <numerusform>Alle %n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>Wöchentlich</translation>
    </message>
    <message numerus="yes">
        <source>Every %n weeks</source>
        <translation>
            <numerusform>Wöchentlich</numerusform>
            <numerusform>Alle %n Wochen</numerusform>
        </translation>
    </message>
    <message>
        <source>Every month</source>
        <translation>Monatlich</translation>
    </message>
    <message numerus="yes">
        <source>Every %n months</source>
        <translation>
            <numerusform>Monatlich</numerusform>
            <numerusform>Alle %n Monate</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SchemaKeys</name>
    <message>
        <source>Enter a date as YYYY-MM-DD.</source>
        <translation>Geben Sie ein Datum im Format YYYY-MM-DD ein.</translation>
    </message>
    <message>
        <source>Enter a date and time as YYYY-MM-DDTHH:mm:ssZ.</source>
        <translation>Geben Sie Datum und Uhrzeit im Format YYYY-MM-DDTHH:mm:ssZ ein.</translation>
    </message>
    <message>
        <source>Enter an e-mail address.</source>
        <translation>Geben Sie eine E-Mail-Adresse ein.</translation>
    </message>
    <message>
        <source>Enter an absolute URI such as https://example.com.</source>
        <translation>Geben Sie einen absoluten URI ein, etwa https://example.com.</translation>
    </message>
</context>
<context>
    <name>airdesk::api</name>
    <message>
        <source>Not configured</source>
        <translation>Nicht eingerichtet</translation>
    </message>
    <message>
        <source>Cannot reach the server</source>
        <translation>Server nicht erreichbar</translation>
    </message>
    <message>
        <source>The server did not answer in time</source>
        <translation>Der Server hat nicht rechtzeitig geantwortet</translation>
    </message>
    <message>
        <source>Authentication failed</source>
        <translation>Anmeldung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation>Nicht erlaubt</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <source>The server rejected the request</source>
        <translation>Der Server hat die Anfrage abgelehnt</translation>
    </message>
    <message>
        <source>Too many requests</source>
        <translation>Zu viele Anfragen</translation>
    </message>
    <message>
        <source>Server error</source>
        <translation>Serverfehler</translation>
    </message>
    <message>
        <source>Unexpected answer from the server</source>
        <translation>Unerwartete Antwort vom Server</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>The server answered with %1 instead of JSON; a proxy or sign-in page may be in the way.</source>
        <translation>Der Server hat mit %1 statt mit JSON geantwortet; möglicherweise steht ein Proxy oder eine Anmeldeseite dazwischen.</translation>
    </message>
    <message>
        <source>The answer is not valid JSON (%1 at byte %2).</source>
        <translation>Die Antwort ist kein gültiges JSON (%1 bei Byte %2).</translation>
    </message>
</context>
<context>
    <name>airdesk::api::ActorService</name>
    <message>
        <source>source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>destination</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Name missing</source>
        <translation>Name fehlt</translation>
    </message>
    <message>
        <source>A new %1 needs a name.</source>
        <translation>Bitte geben Sie einen Namen an (%1).</translation>
    </message>
    <message>
        <source>Connector type missing</source>
        <translation>Connector-Typ fehlt</translation>
    </message>
    <message>
        <source>Say which connector the %1 uses: a definition id, or its type name (&quot;%2&quot;).</source>
        <translation>Geben Sie an, welchen Connector das Objekt (%1) verwendet: eine Definitions-ID oder den Typnamen („%2“).</translation>
    </message>
    <message>
        <source>Name already used</source>
        <translation>Name bereits vergeben</translation>
    </message>
    <message>
        <source>A %1 named &quot;%2&quot; already exists in this workspace. Choose another name, or allow duplicates.</source>
        <translation>Der Name „%2“ ist in diesem Arbeitsbereich bereits vergeben (%1). Wählen Sie einen anderen Namen oder erlauben Sie Duplikate.</translation>
    </message>
    <message>
        <source>Safe mode</source>
        <translation>Abgesicherter Modus</translation>
    </message>
</context>
<context>
    <name>airdesk::api::ApiError</name>
    <message>
        <source> [request %1]</source>
        <translation> [Anfrage %1]</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>HTTP status: %1</source>
        <translation>HTTP-Status: %1</translation>
    </message>
    <message>
        <source>Request: %1 %2</source>
        <translation>Anfrage: %1 %2</translation>
    </message>
    <message>
        <source>Problem type: %1</source>
        <translation>Problemtyp: %1</translation>
    </message>
    <message>
        <source>Request id: %1</source>
        <translation>Anfrage-ID: %1</translation>
    </message>
    <message>
        <source>Retrying may help: %1</source>
        <translation>Erneuter Versuch könnte helfen: %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>The server gave no explanation (error id %1).</source>
        <translation>Der Server hat keine Erklärung geliefert (Fehler-ID %1).</translation>
    </message>
</context>
<context>
    <name>airdesk::api::ApiRoots</name>
    <message>
        <source>The API URL &quot;%1&quot; is not an http or https address.</source>
        <translation>Die API-URL „%1“ ist keine http- oder https-Adresse.</translation>
    </message>
    <message>
        <source>Cannot derive the Config API URL from &quot;%1&quot;; give it explicitly (self-managed servers use &lt;host&gt;/api/v1).</source>
        <translation>Die Config-API-URL lässt sich nicht aus „%1“ ableiten; bitte geben Sie sie ausdrücklich an (selbst verwaltete Server verwenden &lt;host&gt;/api/v1).</translation>
    </message>
    <message>
        <source>The Config API URL &quot;%1&quot; is not an http or https address.</source>
        <translation>Die Config-API-URL „%1“ ist keine http- oder https-Adresse.</translation>
    </message>
    <message>
        <source>The web URL &quot;%1&quot; is not an http or https address.</source>
        <translation>Die Web-URL „%1“ ist keine http- oder https-Adresse.</translation>
    </message>
</context>
<context>
    <name>airdesk::api::ApiTls</name>
    <message>
        <source>Cannot read the CA bundle %1: %2</source>
        <translation>Das CA-Bundle %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The CA bundle %1 is larger than 16 MB; it cannot be a certificate bundle.</source>
        <translation>Das CA-Bundle %1 ist größer als 16 MB; es kann kein Zertifikatsbundle sein.</translation>
    </message>
    <message>
        <source>The CA bundle %1 cannot be used: %2</source>
        <translation>Das CA-Bundle %1 kann nicht verwendet werden: %2</translation>
    </message>
    <message>
        <source>it holds no PEM certificate (&quot;-----BEGIN CERTIFICATE-----&quot;).</source>
        <translation>es enthält kein PEM-Zertifikat („-----BEGIN CERTIFICATE-----“).</translation>
    </message>
    <message>
        <source>the certificate &quot;%1&quot; is not valid now (valid from %2 to %3).</source>
        <translation>das Zertifikat „%1“ ist derzeit nicht gültig (gültig von %2 bis %3).</translation>
    </message>
</context>
<context>
    <name>airdesk::api::ArtifactService</name>
    <message>
        <source>Not a connection state: %1</source>
        <translation>Kein Verbindungszustand: %1</translation>
    </message>
    <message>
        <source>The state cannot be replaced while a sync is running</source>
        <translation>Der Zustand kann während einer laufenden Synchronisation nicht ersetzt werden</translation>
    </message>
    <message>
        <source>The connection has no &quot;syncCatalog&quot; object.</source>
        <translation>Die Verbindung hat kein „syncCatalog“-Objekt.</translation>
    </message>
    <message>
        <source>The updated connection has no &quot;syncCatalog&quot; object.</source>
        <translation>Die aktualisierte Verbindung hat kein „syncCatalog“-Objekt.</translation>
    </message>
</context>
<context>
    <name>airdesk::api::ConnectionService</name>
    <message>
        <source>Wrong workspace</source>
        <translation>Falscher Arbeitsbereich</translation>
    </message>
    <message>
        <source>Connection &apos;%1&apos; belongs to workspace &apos;%2&apos;, not &apos;%3&apos;.</source>
        <translation>Die Verbindung „%1“ gehört zum Arbeitsbereich „%2“, nicht zu „%3“.</translation>
    </message>
    <message>
        <source>No streams selected</source>
        <translation>Keine Streams ausgewählt</translation>
    </message>
    <message>
        <source>Select at least one stream for the new connection.</source>
        <translation>Wählen Sie mindestens einen Stream für die neue Verbindung aus.</translation>
    </message>
    <message>
        <source>A connection needs at least one selected stream.</source>
        <translation>Eine Verbindung braucht mindestens einen ausgewählten Stream.</translation>
    </message>
    <message>
        <source>This looks like a 5-field Unix cron; Airbyte uses Quartz (seconds first). Try &quot;%1&quot;.</source>
        <translation>Das sieht nach einem Unix-Cron mit 5 Feldern aus; Airbyte verwendet Quartz (Sekunden zuerst). Versuchen Sie „%1“.</translation>
    </message>
    <message>
        <source>Invalid cron expression</source>
        <translation>Ungültiger Cron-Ausdruck</translation>
    </message>
    <message>
        <source>Safe mode</source>
        <translation>Abgesicherter Modus</translation>
    </message>
    <message>
        <source>connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>destination</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>The stream list is not an array.</source>
        <translation>Die Stream-Liste ist kein Array.</translation>
    </message>
</context>
<context>
    <name>airdesk::api::Credentials</name>
    <message>
        <source>Give either a bearer token or a client id and secret, not both.</source>
        <translation>Geben Sie entweder ein Bearer-Token oder eine Client-ID mit Secret an, nicht beides.</translation>
    </message>
    <message>
        <source>A client id was given without its client secret.</source>
        <translation>Eine Client-ID wurde ohne das zugehörige Client-Secret angegeben.</translation>
    </message>
    <message>
        <source>A client secret was given without its client id.</source>
        <translation>Ein Client-Secret wurde ohne die zugehörige Client-ID angegeben.</translation>
    </message>
    <message>
        <source>No credentials: give a bearer token, or a client id and secret.</source>
        <translation>Keine Zugangsdaten: Geben Sie ein Bearer-Token oder eine Client-ID mit Secret an.</translation>
    </message>
    <message>
        <source>bearer token</source>
        <translation>Bearer-Token</translation>
    </message>
    <message>
        <source>client id %1</source>
        <translation>Client-ID %1</translation>
    </message>
</context>
<context>
    <name>airdesk::api::DeclarativeDefinitionService</name>
    <message>
        <source>The manifest is empty.</source>
        <translation>Das Manifest ist leer.</translation>
    </message>
    <message>
        <source>The manifest has no &quot;version&quot; (the CDK version it was written for, e.g. &quot;6.44.0&quot;).</source>
        <translation>Das Manifest hat keine „version“ (die CDK-Version, für die es geschrieben wurde, z. B. „6.44.0“).</translation>
    </message>
    <message>
        <source>The manifest has no &quot;type&quot;; it must be &quot;DeclarativeSource&quot;.</source>
        <translation>Das Manifest hat keinen „type“; er muss „DeclarativeSource“ lauten.</translation>
    </message>
    <message>
        <source>The manifest&apos;s &quot;type&quot; is &quot;%1&quot;; it must be &quot;DeclarativeSource&quot;.</source>
        <translation>Der „type“ des Manifests ist „%1“; er muss „DeclarativeSource“ lauten.</translation>
    </message>
    <message>
        <source>not a string</source>
        <translation>keine Zeichenkette</translation>
    </message>
    <message>
        <source>The manifest has no &quot;spec&quot; object; the server needs &quot;spec.connection_specification&quot; to build the connector&apos;s form.</source>
        <translation>Das Manifest hat kein „spec“-Objekt; der Server braucht „spec.connection_specification“, um das Formular des Connectors aufzubauen.</translation>
    </message>
    <message>
        <source>The manifest&apos;s &quot;spec&quot; has no &quot;connection_specification&quot; object; the server needs it to build the connector&apos;s form.</source>
        <translation>Die „spec“ des Manifests hat kein „connection_specification“-Objekt; der Server braucht es, um das Formular des Connectors aufzubauen.</translation>
    </message>
    <message>
        <source>The manifest has neither a &quot;streams&quot; nor a &quot;dynamic_streams&quot; list.</source>
        <translation>Das Manifest hat weder eine „streams“- noch eine „dynamic_streams“-Liste.</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>und ein weiterer</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>The manifest fails the CDK&apos;s validation: %1</source>
        <translation>Das Manifest besteht die Prüfung des CDK nicht: %1</translation>
    </message>
    <message>
        <source>Missing name</source>
        <translation>Name fehlt</translation>
    </message>
    <message>
        <source>A custom source definition needs a name.</source>
        <translation>Eine benutzerdefinierte Quelldefinition braucht einen Namen.</translation>
    </message>
    <message>
        <source>Invalid manifest</source>
        <translation>Ungültiges Manifest</translation>
    </message>
    <message>
        <source>Not a custom source definition: %1</source>
        <translation>Keine benutzerdefinierte Quelldefinition: %1</translation>
    </message>
    <message>
        <source>The list has no &quot;data&quot; array.</source>
        <translation>Die Liste enthält kein „data“-Array.</translation>
    </message>
    <message>
        <source>Name already used</source>
        <translation>Name bereits vergeben</translation>
    </message>
    <message>
        <source>The workspace already has a custom source definition named &quot;%1&quot; (id %2).</source>
        <translation>Der Arbeitsbereich hat bereits eine benutzerdefinierte Quelldefinition namens „%1“ (ID %2).</translation>
    </message>
    <message>
        <source>The definition &quot;%1&quot; was created (id %2), but its testing values were not stored: %3</source>
        <translation>Die Definition „%1“ wurde angelegt (ID %2), ihre Testwerte wurden aber nicht gespeichert: %3</translation>
    </message>
    <message>
        <source>Safe mode</source>
        <translation>Abgesicherter Modus</translation>
    </message>
    <message>
        <source>custom source definition</source>
        <translation>benutzerdefinierte Quelldefinition</translation>
    </message>
    <message>
        <source>No Connector Builder project</source>
        <translation>Kein Connector-Builder-Projekt</translation>
    </message>
    <message>
        <source>The definition %1 has no Connector Builder project.</source>
        <translation>Die Definition %1 hat kein Connector-Builder-Projekt.</translation>
    </message>
    <message>
        <source>A source needs a name.</source>
        <translation>Eine Quelle braucht einen Namen.</translation>
    </message>
    <message>
        <source>Not a source: %1</source>
        <translation>Keine Quelle: %1</translation>
    </message>
</context>
<context>
    <name>airdesk::api::DeclarativeSchemaDownload</name>
    <message>
        <source>Could not download the schema from %1: HTTP %2</source>
        <translation>Das Schema konnte nicht von %1 heruntergeladen werden: HTTP %2</translation>
    </message>
    <message>
        <source>Could not download the schema from %1: %2</source>
        <translation>Das Schema konnte nicht von %1 heruntergeladen werden: %2</translation>
    </message>
</context>
<context>
    <name>airdesk::api::DockerDefinitionService</name>
    <message>
        <source>A Docker definition needs a name.</source>
        <translation>Eine Docker-Definition braucht einen Namen.</translation>
    </message>
    <message>
        <source>A Docker definition needs the image repository, e.g. &quot;ghcr.io/acme/source-orders&quot;.</source>
        <translation>Eine Docker-Definition braucht das Image-Repository, z. B. „ghcr.io/acme/source-orders“.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Docker image repository (lower-case names separated by &quot;/&quot;, optionally after a registry host; no tag).</source>
        <translation>„%1“ ist kein Docker-Image-Repository (durch „/“ getrennte Namen in Kleinbuchstaben, optional nach einem Registry-Host; ohne Tag).</translation>
    </message>
    <message>
        <source>A Docker definition needs the image tag, e.g. &quot;1.0.0&quot;.</source>
        <translation>Eine Docker-Definition braucht den Image-Tag, z. B. „1.0.0“.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Docker image tag (letters, digits, &quot;_&quot;, &quot;.&quot; and &quot;-&quot;, at most 128).</source>
        <translation>„%1“ ist kein Docker-Image-Tag (Buchstaben, Ziffern, „_“, „.“ und „-“, höchstens 128 Zeichen).</translation>
    </message>
    <message>
        <source>The documentation URL &quot;%1&quot; is not an http(s) address.</source>
        <translation>Die Dokumentations-URL „%1“ ist keine http(s)-Adresse.</translation>
    </message>
    <message>
        <source>Not a connector definition: %1</source>
        <translation>Keine Connector-Definition: %1</translation>
    </message>
    <message>
        <source>Not supported by this server</source>
        <translation>Von diesem Server nicht unterstützt</translation>
    </message>
    <message>
        <source>This Airbyte server does not allow custom Docker definitions to be created or changed (Airbyte Cloud accepts only custom YAML definitions). The server said: %1</source>
        <translation>Dieser Airbyte-Server erlaubt es nicht, benutzerdefinierte Docker-Definitionen zu erstellen oder zu ändern (Airbyte Cloud akzeptiert nur benutzerdefinierte YAML-Definitionen). Antwort des Servers: %1</translation>
    </message>
    <message>
        <source>This Airbyte server does not offer custom Docker definitions through its public API (HTTP %1 for %2 definitions). Manage the image in the web app under Settings → Sources instead. The server said: %3</source>
        <translation>Dieser Airbyte-Server bietet benutzerdefinierte Docker-Definitionen nicht über seine öffentliche API an (HTTP %1 für %2 auf Definitionen). Verwalten Sie das Image stattdessen in der Web-App unter „Settings → Sources“. Antwort des Servers: %3</translation>
    </message>
    <message>
        <source>Safe mode</source>
        <translation>Abgesicherter Modus</translation>
    </message>
    <message>
        <source>custom Docker definition</source>
        <translation>benutzerdefinierte Docker-Definition</translation>
    </message>
</context>
<context>
    <name>airdesk::api::JobService</name>
    <message>
        <source>Not a job: %1</source>
        <translation>Kein Job: %1</translation>
    </message>
    <message>
        <source>A sync is already running for this connection</source>
        <translation>Für diese Verbindung läuft bereits eine Synchronisation</translation>
    </message>
    <message>
        <source>=== Attempt %1 of %2 ===</source>
        <translation>=== Versuch %1 von %2 ===</translation>
    </message>
    <message>
        <source>Not a job with attempts: %1</source>
        <translation>Kein Job mit Versuchen: %1</translation>
    </message>
    <message>
        <source>No such attempt</source>
        <translation>Diesen Versuch gibt es nicht</translation>
    </message>
    <message numerus="yes">
        <source>Job %1 has %n attempt(s); there is no attempt number %2.</source>
        <translation>
            <numerusform>Job %1 hat einen Versuch; einen Versuch Nummer %2 gibt es nicht.</numerusform>
            <numerusform>Job %1 hat %n Versuche; einen Versuch Nummer %2 gibt es nicht.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>airdesk::api::ListFetcher</name>
    <message>
        <source>A list page has no &quot;data&quot; array.</source>
        <translation>Eine Listenseite enthält kein „data“-Array.</translation>
    </message>
    <message>
        <source>The server sent %1 rows for a page of at most %2; the list cannot be read reliably.</source>
        <translation>Der Server hat %1 Zeilen für eine Seite mit höchstens %2 Zeilen gesendet; die Liste kann nicht zuverlässig gelesen werden.</translation>
    </message>
</context>
<context>
    <name>airdesk::api::ServiceCalls</name>
    <message>
        <source>The answer is not a JSON object.</source>
        <translation>Die Antwort ist kein JSON-Objekt.</translation>
    </message>
</context>
<context>
    <name>airdesk::api::SyncWatcher</name>
    <message>
        <source>The connection to the workspace was closed.</source>
        <translation>Die Verbindung zum Arbeitsbereich wurde geschlossen.</translation>
    </message>
    <message>
        <source>Not a job: %1</source>
        <translation>Kein Job: %1</translation>
    </message>
</context>
<context>
    <name>airdesk::api::TokenProvider</name>
    <message>
        <source>The token endpoint sent no token.</source>
        <translation>Der Token-Endpunkt hat kein Token gesendet.</translation>
    </message>
    <message>
        <source>The credentials were refused</source>
        <translation>Die Zugangsdaten wurden abgelehnt</translation>
    </message>
</context>
<context>
    <name>airdesk::cron</name>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <source>%1 and later</source>
        <translation>%1 und später</translation>
    </message>
    <message>
        <source>%1 through %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message numerus="yes">
        <source>every %n seconds</source>
        <translation>
            <numerusform>jede Sekunde</numerusform>
            <numerusform>alle %n Sekunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n seconds, starting at %1 seconds past the minute</source>
        <translation>
            <numerusform>jede Sekunde, beginnend bei Sekunde %1 jeder Minute</numerusform>
            <numerusform>alle %n Sekunden, beginnend bei Sekunde %1 jeder Minute</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n seconds, seconds %1 through %2 past the minute</source>
        <translation>
            <numerusform>jede Sekunde, in den Sekunden %1 bis %2 jeder Minute</numerusform>
            <numerusform>alle %n Sekunden, in den Sekunden %1 bis %2 jeder Minute</numerusform>
        </translation>
    </message>
    <message>
        <source>at 1 second past the minute</source>
        <translation>eine Sekunde nach jeder vollen Minute</translation>
    </message>
    <message>
        <source>at %1 seconds past the minute</source>
        <translation>%1 Sekunden nach jeder vollen Minute</translation>
    </message>
    <message>
        <source>at seconds %1 past the minute</source>
        <translation>in den Sekunden %1 jeder Minute</translation>
    </message>
    <message numerus="yes">
        <source>every %n minutes</source>
        <translation>
            <numerusform>jede Minute</numerusform>
            <numerusform>alle %n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n minutes, starting at %1 minutes past the hour</source>
        <translation>
            <numerusform>jede Minute, beginnend %1 Minuten nach jeder vollen Stunde</numerusform>
            <numerusform>alle %n Minuten, beginnend %1 Minuten nach jeder vollen Stunde</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n minutes, minutes %1 through %2 past the hour</source>
        <translation>
            <numerusform>jede Minute, in den Minuten %1 bis %2 jeder Stunde</numerusform>
            <numerusform>alle %n Minuten, in den Minuten %1 bis %2 jeder Stunde</numerusform>
        </translation>
    </message>
    <message>
        <source>at 1 minute past the hour</source>
        <translation>eine Minute nach jeder vollen Stunde</translation>
    </message>
    <message>
        <source>at %1 minutes past the hour</source>
        <translation>%1 Minuten nach jeder vollen Stunde</translation>
    </message>
    <message>
        <source>at minutes %1 past the hour</source>
        <translation>in den Minuten %1 jeder Stunde</translation>
    </message>
    <message numerus="yes">
        <source>every %n hours</source>
        <translation>
            <numerusform>jede Stunde</numerusform>
            <numerusform>alle %n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n hours, starting at %1</source>
        <translation>
            <numerusform>jede Stunde, beginnend um %1</numerusform>
            <numerusform>alle %n Stunden, beginnend um %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n hours, between %1 and %2</source>
        <translation>
            <numerusform>jede Stunde zwischen %1 und %2</numerusform>
            <numerusform>alle %n Stunden zwischen %1 und %2</numerusform>
        </translation>
    </message>
    <message>
        <source>during hours %1</source>
        <translation>in den Stunden %1</translation>
    </message>
    <message>
        <source>between %1 and %2</source>
        <translation>zwischen %1 und %2</translation>
    </message>
    <message>
        <source>at %1</source>
        <translation>um %1</translation>
    </message>
    <message>
        <source>every second</source>
        <translation>jede Sekunde</translation>
    </message>
    <message>
        <source>every minute</source>
        <translation>jede Minute</translation>
    </message>
    <message>
        <source>every hour</source>
        <translation>jede Stunde</translation>
    </message>
    <message>
        <source>on the last weekday of the month</source>
        <translation>am letzten Werktag des Monats</translation>
    </message>
    <message>
        <source>on the weekday nearest the day before the last day of the month</source>
        <translation>am Werktag, der dem vorletzten Tag des Monats am nächsten liegt</translation>
    </message>
    <message numerus="yes">
        <source>on the weekday nearest the day %n days before the last day of the month</source>
        <translation>
            <numerusform>am Werktag, der dem Tag einen Tag vor dem letzten Tag des Monats am nächsten liegt</numerusform>
            <numerusform>am Werktag, der dem Tag %n Tage vor dem letzten Tag des Monats am nächsten liegt</numerusform>
        </translation>
    </message>
    <message>
        <source>on the last day of the month</source>
        <translation>am letzten Tag des Monats</translation>
    </message>
    <message>
        <source>on the day before the last day of the month</source>
        <translation>am vorletzten Tag des Monats</translation>
    </message>
    <message numerus="yes">
        <source>on the day %n days before the last day of the month</source>
        <translation>
            <numerusform>einen Tag vor dem letzten Tag des Monats</numerusform>
            <numerusform>%n Tage vor dem letzten Tag des Monats</numerusform>
        </translation>
    </message>
    <message>
        <source>on the weekday nearest day %1 of the month</source>
        <translation>am Werktag, der dem %1. Tag des Monats am nächsten liegt</translation>
    </message>
    <message>
        <source>on the weekday nearest days %1 of the month</source>
        <translation>an den Werktagen, die den Tagen %1 des Monats am nächsten liegen</translation>
    </message>
    <message numerus="yes">
        <source>every %n days</source>
        <translation>
            <numerusform>jeden Tag</numerusform>
            <numerusform>alle %n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n days, starting on day %1 of the month</source>
        <translation>
            <numerusform>jeden Tag, beginnend am %1. Tag des Monats</numerusform>
            <numerusform>alle %n Tage, beginnend am %1. Tag des Monats</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n days, days %1 through %2 of the month</source>
        <translation>
            <numerusform>jeden Tag vom %1. bis zum %2. Tag des Monats</numerusform>
            <numerusform>alle %n Tage, vom %1. bis zum %2. Tag des Monats</numerusform>
        </translation>
    </message>
    <message>
        <source>on day %1 of the month</source>
        <translation>am %1. Tag des Monats</translation>
    </message>
    <message>
        <source>on days %1 of the month</source>
        <translation>an den Tagen %1 des Monats</translation>
    </message>
    <message>
        <source>on the %1 %2 of the month</source>
        <translation>am %1 %2 des Monats</translation>
    </message>
    <message>
        <source>on the last %1 of the month</source>
        <translation>am letzten %1 des Monats</translation>
    </message>
    <message>
        <source>only on %1</source>
        <translation>nur am %1</translation>
    </message>
    <message numerus="yes">
        <source>every %n months</source>
        <translation>
            <numerusform>jeden Monat</numerusform>
            <numerusform>alle %n Monate</numerusform>
        </translation>
    </message>
    <message>
        <source>only in %1</source>
        <translation>nur im %1</translation>
    </message>
    <message numerus="yes">
        <source>every %n years, starting in %1</source>
        <translation>
            <numerusform>jedes Jahr, beginnend %1</numerusform>
            <numerusform>alle %n Jahre, beginnend %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n years, %1 through %2</source>
        <translation>
            <numerusform>jedes Jahr, von %1 bis %2</numerusform>
            <numerusform>alle %n Jahre, von %1 bis %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>airdesk::domain::SafeMode</name>
    <message>
        <source>Safe mode refused to delete the %1 &quot;%2&quot;: its name must contain &quot;delete-me&quot; or &quot;deleteme&quot;. Rename it first, or turn safe mode off for this deletion.</source>
        <translation>Der abgesicherte Modus hat das Löschen von „%2“ (%1) verweigert: Der Name muss „delete-me“ oder „deleteme“ enthalten. Benennen Sie das Objekt zuerst um oder schalten Sie den abgesicherten Modus für diese Löschung aus.</translation>
    </message>
</context>
<context>
    <name>airdesk::gui::ActorPickerPage</name>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Choose where the data comes from.</source>
        <translation>Wählen Sie aus, woher die Daten kommen.</translation>
    </message>
    <message>
        <source>Choose where the data goes.</source>
        <translation>Wählen Sie aus, wohin die Daten gehen.</translation>
    </message>
    <message>
        <source>Search sources</source>
        <translation>Quellen durchsuchen</translation>
    </message>
    <message>
        <source>Search destinations</source>
        <translation>Ziele durchsuchen</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>Destinations</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Could not load the list: %1</source>
        <translation>Die Liste konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>None in this workspace yet.</source>
        <translation>In diesem Arbeitsbereich gibt es noch keine.</translation>
    </message>
</context>
<context>
    <name>airdesk::gui::ArtifactView</name>
    <message>
        <source>Select a connection.</source>
        <translation>Wählen Sie eine Verbindung aus.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>The state could not be read: %1</source>
        <translation>Der Zustand konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>No state is stored for this connection (not set).</source>
        <translation>Für diese Verbindung ist kein Zustand gespeichert (nicht gesetzt).</translation>
    </message>
    <message>
        <source>The catalog could not be read: %1</source>
        <translation>Der Katalog konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>No configured catalog is stored for this connection (not set).</source>
        <translation>Für diese Verbindung ist kein konfigurierter Katalog gespeichert (nicht gesetzt).</translation>
    </message>
</context>
<context>
    <name>airdesk::gui::BulkOperation</name>
    <message>
        <source>… %1: not finished</source>
        <translation>… %1: nicht abgeschlossen</translation>
    </message>
    <message>
        <source>✗ %1: %2</source>
        <translation>✗ %1: %2</translation>
    </message>
    <message>
        <source>✓ %1</source>
        <translation>✓ %1</translation>
    </message>
</context>
<context>
    <name>airdesk::gui::ConnectionSettingsPage</name>
    <message>
        <source>Enabled: run on the schedule</source>
        <translation>Aktiviert: nach Zeitplan ausführen</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Name the connection and choose how and when it syncs.</source>
        <translation>Benennen Sie die Verbindung und legen Sie fest, wie und wann sie synchronisiert.</translation>
    </message>
    <message>
        <source>Connection name</source>
        <translation>Name der Verbindung</translation>
    </message>
    <message>
        <source>Table prefix</source>
        <translation>Tabellenpräfix</translation>
    </message>
    <message>
        <source>e.g. stripe_</source>
        <translation>z. B. stripe_</translation>
    </message>
    <message>
        <source>Destination namespace</source>
        <translation>Ziel-Namespace</translation>
    </message>
    <message>
        <source>Destination default</source>
        <translation>Vorgabe des Ziels</translation>
    </message>
    <message>
        <source>Mirror the source</source>
        <translation>Wie in der Quelle</translation>
    </message>
    <message>
        <source>Custom format</source>
        <translation>Eigenes Format</translation>
    </message>
    <message>
        <source>Namespace format</source>
        <translation>Namespace-Format</translation>
    </message>
    <message>
        <source>Non-breaking schema changes</source>
        <translation>Abwärtskompatible Schemaänderungen</translation>
    </message>
    <message>
        <source>Propagate column changes only</source>
        <translation>Nur Spaltenänderungen übernehmen</translation>
    </message>
    <message>
        <source>Propagate all changes (streams and columns)</source>
        <translation>Alle Änderungen übernehmen (Streams und Spalten)</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignorieren</translation>
    </message>
    <message>
        <source>Pause the connection</source>
        <translation>Verbindung pausieren</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Table &amp;prefix:</source>
        <translation>Tabellen&amp;präfix:</translation>
    </message>
    <message>
        <source>Destination name&amp;space:</source>
        <translation>Ziel-Name&amp;space:</translation>
    </message>
    <message>
        <source>Namespace &amp;format:</source>
        <translation>Namespace-&amp;Format:</translation>
    </message>
    <message>
        <source>Non-breaking schema &amp;changes:</source>
        <translation>Abwärtskompatible Schema&amp;änderungen:</translation>
    </message>
    <message>
        <source>Schedule:</source>
        <translation>Zeitplan:</translation>
    </message>
</context>
<context>
    <name>airdesk::gui::ConnectorEditorPane</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>A name for this connector</source>
        <translation>Ein Name für diesen Connector</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>This connector&apos;s specification cannot be used: %1</source>
        <translation>Die Spezifikation dieses Connectors kann nicht verwendet werden: %1</translation>
    </message>
    <message>
        <source>Restored your unsaved draft. Secrets are never kept in drafts; enter them again.</source>
        <translation>Ihr nicht gespeicherter Entwurf wurde wiederhergestellt. Secrets werden nie in Entwürfen aufbewahrt; geben Sie sie erneut ein.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Save &amp;logs…</source>
        <translation>&amp;Log speichern…</translation>
    </message>
    <message>
        <source>Writes the connection check&apos;s log to a text file.</source>
        <translation>Schreibt das Log der Verbindungsprüfung in eine Textdatei.</translation>
    </message>
    <message>
        <source>%1 %2 s</source>
        <extracomment>%1 is what is being done (&quot;Testing the connection…&quot;), %2 the seconds since it started</extracomment>
        <translation>%1 %2 s</translation>
    </message>
    <message>
        <source>The test could not run: %1</source>
        <translation>Der Test konnte nicht ausgeführt werden: %1</translation>
    </message>
    <message>
        <source>Origin: %1, type: %2</source>
        <translation>Herkunft: %1, Typ: %2</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Internal message: %1</source>
        <translation>Interne Meldung: %1</translation>
    </message>
    <message>
        <source>Stack trace:</source>
        <translation>Stacktrace:</translation>
    </message>
    <message>
        <source>Log:</source>
        <translation>Log:</translation>
    </message>
    <message>
        <source>The connector gave no reason.</source>
        <translation>Der Connector hat keinen Grund angegeben.</translation>
    </message>
    <message>
        <source>Save the check&apos;s log</source>
        <translation>Log der Prüfung speichern</translation>
    </message>
    <message>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>Textdateien (*.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Could not save the log to %1: %2</source>
        <translation>Das Log konnte nicht in %1 gespeichert werden: %2</translation>
    </message>
</context>
<context>
    <name>airdesk::gui::DatePickerPopup</name>
    <message>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Uhrzeit (UTC)</translation>
    </message>
    <message>
        <source>&amp;Set</source>
        <translation>&amp;Übernehmen</translation>
    </message>
    <message>
        <source>Time (UTC):</source>
        <translation>Uhrzeit (UTC):</translation>
    </message>
</context>
<context>
    <name>airdesk::gui::DefinitionsView</name>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message numerus="yes">
        <source>%n definition(s)</source>
        <translation>
            <numerusform>%n Definition</numerusform>
            <numerusform>%n Definitionen</numerusform>
        </translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>Wird geöffnet…</translation>
    </message>
    <message>
        <source>%1, version %2</source>
        <translation>%1, Version %2</translation>
    </message>
    <message>
        <source>List the definitions again</source>
        <translation>Die Definitionen erneut auflisten</translation>
    </message>
    <message>
        <source>Choose a definition in the list to see its manifest,
or start one with New (%1) or Open file (%2).</source>
        <translation>Wählen Sie eine Definition in der Liste aus, um ihr Manifest zu sehen,
oder beginnen Sie eine neue mit Neu (%1) oder Datei öffnen (%2).</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Definition actions</source>
        <translation>Definitionsaktionen</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>&amp;Open file…</source>
        <translation>Datei ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>&amp;Publish…</source>
        <translation>&amp;Veröffentlichen…</translation>
    </message>
    <message>
        <source>&amp;Update</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>Open in Connector &amp;Builder</source>
        <translation>Im Connector &amp;Builder öffnen</translation>
    </message>
    <message>
        <source>Deploy a &amp;source…</source>
        <translation>&amp;Quelle bereitstellen…</translation>
    </message>
    <message>
        <source>New Doc&amp;ker source…</source>
        <translation>Neue &amp;Docker-Quelle…</translation>
    </message>
    <message>
        <source>Registered the Docker source &quot;%1&quot; (%2:%3)</source>
        <translation>Docker-Quelle „%1“ registriert (%2:%3)</translation>
    </message>
    <message>
        <source>New definition (not published)</source>
        <translation>Neue Definition (nicht veröffentlicht)</translation>
    </message>
    <message>
        <source>Open a YAML manifest</source>
        <translation>YAML-Manifest öffnen</translation>
    </message>
    <message>
        <source>YAML manifests (*.yaml *.yml)</source>
        <translation>YAML-Manifeste (*.yaml *.yml)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 (not published)</source>
        <translation>%1 (nicht veröffentlicht)</translation>
    </message>
    <message>
        <source>The manifest must be a YAML mapping.</source>
        <translation>Das Manifest muss ein YAML-Mapping sein.</translation>
    </message>
    <message>
        <source>The manifest is not valid YAML: %1</source>
        <translation>Das Manifest ist kein gültiges YAML: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 (see line %2)</source>
        <translation>%1 (siehe Zeile %2)</translation>
    </message>
    <message>
        <source>Validating before publishing…</source>
        <translation>Wird vor dem Veröffentlichen geprüft…</translation>
    </message>
    <message>
        <source>The server&apos;s error concerns line %1.</source>
        <translation>Der Fehler des Servers betrifft Zeile %1.</translation>
    </message>
    <message>
        <source>Published %1, version %2</source>
        <translation>%1 veröffentlicht, Version %2</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>Wird aktualisiert…</translation>
    </message>
    <message>
        <source>Not updated</source>
        <translation>Nicht aktualisiert</translation>
    </message>
    <message>
        <source>%1 is now version %2</source>
        <translation>%1 ist jetzt Version %2</translation>
    </message>
    <message>
        <source>Deleting…</source>
        <translation>Wird gelöscht…</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>Nicht gelöscht</translation>
    </message>
    <message>
        <source>Looking up the Connector Builder project…</source>
        <translation>Connector-Builder-Projekt wird gesucht…</translation>
    </message>
    <message>
        <source>Cannot open the Connector Builder</source>
        <translation>Der Connector Builder kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 geöffnet</translation>
    </message>
    <message>
        <source>Created the source &quot;%1&quot; (id %2)</source>
        <translation>Quelle „%1“ erstellt (ID %2)</translation>
    </message>
    <message>
        <source>Custom source definitions</source>
        <translation>Benutzerdefinierte Quelldefinitionen</translation>
    </message>
    <message>
        <source>Update Docker &amp;tag…</source>
        <translation>Docker-&amp;Tag aktualisieren…</translation>
    </message>
    <message>
        <source>Custom Docker definitions are not listed. %1</source>
        <translation>Benutzerdefinierte Docker-Definitionen werden nicht aufgelistet. %1</translation>
    </message>
    <message>
        <source>Custom Docker source &quot;%1&quot;
Image %2:%3
%4

A Docker definition has no manifest. Change its image tag with Update Docker tag, or delete it.</source>
        <translation>Benutzerdefinierte Docker-Quelle „%1“
Image %2:%3
%4

Eine Docker-Definition hat kein Manifest. Ändern Sie ihren Image-Tag mit „Docker-Tag aktualisieren“ oder löschen Sie sie.</translation>
    </message>
    <message>
        <source>No documentation URL</source>
        <translation>Keine Dokumentations-URL</translation>
    </message>
    <message>
        <source>Documentation: %1</source>
        <translation>Dokumentation: %1</translation>
    </message>
    <message>
        <source>%1 (Docker, %2:%3)</source>
        <translation>%1 (Docker, %2:%3)</translation>
    </message>
    <message>
        <source>%1 now runs %2:%3</source>
        <translation>%1 verwendet jetzt %2:%3</translation>
    </message>
    <message>
        <source>Deleted the Docker definition.</source>
        <translation>Die Docker-Definition wurde gelöscht.</translation>
    </message>
</context>
<context>
    <name>airdesk::gui::DeleteDefinitionDialog</name>
    <message>
        <source>&amp;Safe mode</source>
        <translation>&amp;Abgesicherter Modus</translation>
    </message>
    <message>
        <source>Delete custom source definition</source>
        <translation>Benutzerdefinierte Quelldefinition löschen</translation>
    </message>
    <message numerus="yes">
        <source>Delete the custom source definition &quot;%1&quot; (all %n version(s)) and its Connector Builder project on the server? Sources created from it stop working. This cannot be undone.</source>
        <translation>
            <numerusform>Die benutzerdefinierte Quelldefinition „%1“ (%n Version) und ihr Connector-Builder-Projekt auf dem Server löschen? Daraus erstellte Quellen funktionieren dann nicht mehr. Das lässt sich nicht rückgängig machen.</numerusform>
            <numerusform>Die benutzerdefinierte Quelldefinition „%1“ (alle %n Versionen) und ihr Connector-Builder-Projekt auf dem Server löschen? Daraus erstellte Quellen funktionieren dann nicht mehr. Das lässt sich nicht rückgängig machen.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Safe mode follows PyAirbyte&apos;s rule: a definition is deleted only when its name contains &quot;delete-me&quot; or &quot;deleteme&quot;, so a real connector is not deleted by mistake.</source>
        <translation>Der abgesicherte Modus folgt der Regel von PyAirbyte: Eine Definition wird nur gelöscht, wenn ihr Name „delete-me“ oder „deleteme“ enthält, damit kein echter Connector versehentlich gelöscht wird.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not, so nothing can be deleted with safe mode on; turn it off to delete this definition.</source>
        <translation>„%1“ enthält keins von beiden, daher kann im abgesicherten Modus nichts gelöscht werden; schalten Sie ihn aus, um diese Definition zu löschen.</translation>
    </message>
    <message>
        <source>Delete the custom Docker source definition &quot;%1&quot; (%2) on the server? Sources created from it stop working. This cannot be undone.</source>
        <translation>Die benutzerdefinierte Docker-Quelldefinition „%1“ (%2) auf dem Server löschen? Daraus erstellte Quellen funktionieren dann nicht mehr. Das lässt sich nicht rückgängig machen.</translation>
    </message>
</context>
<context>
    <name>airdesk::gui::DeleteDialog</name>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>%1 löschen</translation>
    </message>
    <message>
        <source>This deletes &quot;%1&quot; on the server. It cannot be undone.</source>
        <translation>Dadurch wird „%1“ auf dem Server gelöscht. Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>This deletes these %1 %2 on the server. It cannot be undone.</source>
        <translation>Dadurch werden diese %1 %2 auf dem Server gelöscht. Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>Items to delete</source>
        <translation>Zu löschende Einträge</translation>
    </message>
    <message numerus="yes">
        <source>The server also deletes the %n connection(s) that use it:</source>
        <translation>
            <numerusform>Der Server löscht auch die Verbindung, die es verwendet:</numerusform>
            <numerusform>Der Server löscht auch die %n Verbindungen, die es verwenden:</numerusform>
        </translation>
    </message>
    <message>
        <source>Connections deleted too</source>
        <translation>Ebenfalls gelöschte Verbindungen</translation>
    </message>
    <message>
        <source>Also delete the &amp;source (and every connection that uses it)</source>
        <translation>Auch die &amp;Quelle löschen (und jede Verbindung, die sie verwendet)</translation>
    </message>
    <message>
        <source>Also delete the d&amp;estination (and every connection that uses it)</source>
        <translation>Auch das &amp;Ziel löschen (und jede Verbindung, die es verwendet)</translation>
    </message>
    <message>
        <source>Type the name to confirm:</source>
        <translation>Geben Sie zur Bestätigung den Namen ein:</translation>
    </message>
    <message>
        <source>Type the number of items (%1) to confirm:</source>
        <translation>Geben Sie zur Bestätigung die Anzahl der Einträge (%1) ein:</translation>
    </message>
    <message>
        <source>Confirmation</source>
        <translation>Bestätigung</translation>
    </message>
</context>
<context>
    <name>airdesk::gui::DeployConnectorDialog</name>
    <message>
        <source>Refuse a name already in use</source>
        <translation>Bereits vergebenen Namen ablehnen</translation>
    </message>
    <message>
        <source>Add a random suffix to the name</source>
        <translation>Dem Namen ein zufälliges Suffix anhängen</translation>
    </message>
    <message>
        <source>New source</source>
        <translation>Neue Quelle</translation>
    </message>
    <message>
        <source>New destination</source>
        <translation>Neues Ziel</translation>
    </message>
    <message>
        <source>Search connectors</source>
        <translation>Connectors durchsuchen</translation>
    </message>
    <message>
        <source>Connectors</source>
        <translation>Connectors</translation>
    </message>
    <message>
        <source>Checks the workspace for the name before creating, as PyAirbyte does.</source>
        <translation>Prüft vor dem Erstellen wie PyAirbyte, ob der Name im Arbeitsbereich bereits vergeben ist.</translation>
    </message>
    <message>
        <source>Loading connectors…</source>
        <translation>Connectors werden geladen…</translation>
    </message>
    <message>
        <source>Could not load the connectors: %1</source>
        <translation>Die Connectors konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Loading the %1 form…</source>
        <translation>Formular für %1 wird geladen…</translation>
    </message>
    <message>
        <source>Could not load the connector&apos;s form: %1</source>
        <translation>Das Formular des Connectors konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was saved.</source>
        <translation>Abgebrochen. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>Could not save: %1</source>
        <translation>Speichern fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Saving %1…</source>
        <translation>%1 wird gespeichert…</translation>
    </message>
    <message>
        <source>Testing the connection to %1…</source>
        <translation>Verbindung zu %1 wird getestet…</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;prüfen</translation>
    </message>
    <message>
        <source>Save &amp;without testing</source>
        <translation>&amp;Ohne Test speichern</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Checks these settings with the connector. Nothing is saved.</source>
        <translation>Prüft diese Einstellungen mit dem Connector. Es wird nichts gespeichert.</translation>
    </message>
    <message>
        <source>Tests the connection first and saves only when it succeeds.</source>
        <translation>Testet zuerst die Verbindung und speichert nur, wenn der Test erfolgreich ist.</translation>
    </message>
    <message>
        <source>Saves the connector without checking that it can connect.</source>
        <translation>Speichert den Connector, ohne zu prüfen, ob er eine Verbindung herstellen kann.</translation>
    </message>
    <message>
        <source>Cancel &amp;test</source>
        <translation>Test a&amp;bbrechen</translation>
    </message>
    <message>
        <source>The connection test succeeded. Nothing has been saved yet.</source>
        <translation>Der Verbindungstest war erfolgreich. Es wurde noch nichts gespeichert.</translation>
    </message>
    <message>
        <source>The connection test failed, so nothing was saved. Fix the settings, or save without testing.</source>
        <translation>Der Verbindungstest ist fehlgeschlagen, daher wurde nichts gespeichert. Korrigieren Sie die Einstellungen oder speichern Sie ohne Test.</translation>
    </message>
    <message>
        <source>The connection test failed.</source>
        <translation>Der Verbindungstest ist fehlgeschlagen.</translation>
    </message>
</context>
<context>
    <name>airdesk::gui::DeploySourceDialog</name>
    <message>
        <source>Deploy a source from &quot;%1&quot;</source>
        <translation>Quelle aus „%1“ bereitstellen</translation>
    </message>
    <message>
        <source>Source name</source>
        <translation>Name der Quelle</translation>
    </message>
    <message>
        <source>&amp;Deploy</source>
        <translation>&amp;Bereitstellen</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Give the source a name.</source>
        <translation>Geben Sie der Quelle einen Namen.</translation>
    </message>
    <message>
        <source>Creating the source…</source>
        <translation>Quelle wird erstellt…</translation>
    </message>
    <message>
        <source>Not created: %1</source>
        <translation>Nicht erstellt: %1</translation>
    </message>
    <message>
        <source>Configuration (a form from the definition&apos;s specification):</source>
        <translation>Konfiguration (ein Formular aus der Spezifikation der Definition):</translation>
    </message>
</context>
<context>
    <name>airdesk::gui::DesktopMenus</name>
    <message>
        <source>Se&amp;ttings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>Ein&amp;stellungen…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;About Airdesk</source>
        <translation>Ü&amp;ber Airdesk</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>About Airdesk</source>
        <translation>Über Airdesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Airdesk %1&lt;/h3&gt;&lt;p&gt;Manage Airbyte workspaces by point and click: sources, destinations, connections, schedules and syncs.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Airdesk %1&lt;/h3&gt;&lt;p&gt;Airbyte-Arbeitsbereiche per Mausklick verwalten: Quellen, Ziele, Verbindungen, Zeitpläne und Synchronisationen.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>airdesk::gui::DetailText</name>
    <message>
        <source>Open in the Airbyte web app</source>
        <translation>In der Airbyte-Web-App öffnen</translation>
    </message>
    <message>
        <source>Job history</source>
        <translation>Jobverlauf</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Arbeitsbereich</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>(custom)</source>
        <translation>(benutzerdefiniert)</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>Definition</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Configuration (secrets masked by the server)</source>
        <translation>Konfiguration (Secrets vom Server maskiert)</translation>
    </message>
    <message>
        <source>No sync yet</source>
        <translation>Noch keine Synchronisation</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Zeitplan</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Letzte Synchronisation</translation>
    </message>
    <message>
        <source>Prefix</source>
        <translation>Präfix</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keins)</translation>
    </message>
    <message>
        <source>Streams (%1)</source>
        <translation>Streams (%1)</translation>
    </message>
</context>
<context>
    <name>airdesk::gui::DockerDefinitionDialog</name>
    <message>
        <source>New custom Docker source</source>
        <translation>Neue benutzerdefinierte Docker-Quelle</translation>
    </message>
    <message>
        <source>ghcr.io/acme/source-orders</source>
        <translation>ghcr.io/acme/source-orders</translation>
    </message>
    <message>
        <source>1.0.0</source>
        <translation>1.0.0</translation>
    </message>
    <message>
        <source>https://docs.example.com/source-orders (optional)</source>
        <translation>https://docs.example.com/source-orders (optional)</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Erstellen</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Image &amp;repository:</source>
        <translation>Image-&amp;Repository:</translation>
    </message>
    <message>
        <source>Image &amp;tag:</source>
        <translation>Image-&amp;Tag:</translation>
    </message>
    <message>
        <source>&amp;Documentation URL:</source>
        <translation>&amp;Dokumentations-URL:</translation>
    </message>
    <message>
        <source>The server pulls the image and runs its spec command when the definition is created.</source>
        <translation>Beim Erstellen der Definition lädt der Server das Image herunter und führt dessen spec-Befehl aus.</translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation>Wird erstellt…</translation>
    </message>
    <message>
        <source>Not created: %1</source>
        <translation>Nicht erstellt: %1</translation>
    </message>
    <message>
        <source>Update custom Docker source &quot;%1&quot;</source>
        <translation>Benutzerdefinierte Docker-Quelle „%1“ aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Update</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Only the name and the tag can change; the server pulls the new tag when you update.</source>
        <translation>Nur der Name und der Tag lassen sich ändern; beim Aktualisieren lädt der Server den neuen Tag herunter.</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>Wird aktualisiert…</translation>
    </message>
    <message>
        <source>Not updated: %1</source>
        <translation>Nicht aktualisiert: %1</translation>
    </message>
</context>
<context>
    <name>airdesk::gui::EditConnectionDialog</name>
    <message>
        <source>Enabled: run on the schedule</source>
        <translation>Aktiviert: nach Zeitplan ausführen</translation>
    </message>
    <message>
        <source>Edit connection %1</source>
        <translation>Verbindung %1 bearbeiten</translation>
    </message>
    <message>
        <source>Connection name</source>
        <translation>Name der Verbindung</translation>
    </message>
    <message>
        <source>Table prefix</source>
        <translation>Tabellenpräfix</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Table &amp;prefix:</source>
        <translation>Tabellen&amp;präfix:</translation>
    </message>
    <message>
        <source>Schedule:</source>
        <translation>Zeitplan:</translation>
    </message>
    <message>
        <source>Streams:</source>
        <translation>Streams:</translation>
    </message>
    <message>
        <source>Changing the selection replaces the connection&apos;s catalog: streams left out are de-selected and every stream goes back to its default sync mode.</source>
        <translation>Eine geänderte Auswahl ersetzt den Katalog der Verbindung: Nicht gewählte Streams werden abgewählt, und jeder Stream kehrt zu seinem Standard-Synchronisationsmodus zurück.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Could not load the connection: %1</source>
        <translation>Die Verbindung konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Could not read the streams: %1</source>
        <translation>Die Streams konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Select at least one stream.</source>
        <translation>Wählen Sie mindestens einen Stream aus.</translation>
    </message>
    <message>
        <source>Could not change the %1: %2</source>
        <translation>Änderung fehlgeschlagen (%1): %2</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>table prefix</source>
        <translation>Tabellenpräfix</translation>
    </message>
    <message>
        <source>streams</source>
        <translation>Streams</translation>
    </message>
    <message>
        <source>schedule</source>
        <translation>Zeitplan</translation>
    </message>
    <message>
        <source>state</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
</context>
<context>
    <name>airdesk::gui::EditConnectorDialog</name>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>%1 wird geladen…</translation>
    </message>
    <message>
        <source>Could not load %1: %2</source>
        <translation>%1 konnte nicht geladen werden: %2</translation>
    </message>
    <message>
        <source>Could not load the connector&apos;s form: %1</source>
        <translation>Das Formular des Connectors konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>Could not save: %1</source>
        <translation>Speichern fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Could not rename: %1</source>
        <translation>Umbenennen fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Testing the connection to %1…</source>
        <translation>Verbindung zu %1 wird getestet…</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Testen</translation>
    </message>
    <message>
        <source>Save &amp;without testing</source>
        <translation>&amp;Ohne Test speichern</translation>
    </message>
    <message>
        <source>Checks the values shown, saved or not. Nothing is saved.</source>
        <translation>Prüft die angezeigten Werte, ob gespeichert oder nicht. Es wird nichts gespeichert.</translation>
    </message>
    <message>
        <source>Tests the connection first and saves only when it succeeds.</source>
        <translation>Testet zuerst die Verbindung und speichert nur, wenn der Test erfolgreich ist.</translation>
    </message>
    <message>
        <source>Saves without checking that the connector can connect.</source>
        <translation>Speichert, ohne zu prüfen, ob der Connector eine Verbindung herstellen kann.</translation>
    </message>
    <message>
        <source>Cancel &amp;test</source>
        <translation>Test a&amp;bbrechen</translation>
    </message>
    <message>
        <source>The connection test succeeded. The changes are not saved yet.</source>
        <translation>Der Verbindungstest war erfolgreich. Die Änderungen sind noch nicht gespeichert.</translation>
    </message>
    <message>
        <source>The connection test succeeded.</source>
        <translation>Der Verbindungstest war erfolgreich.</translation>
    </message>
    <message>
        <source>The connection test failed, so nothing was saved. Fix the settings, or save without testing.</source>
        <translation>Der Verbindungstest ist fehlgeschlagen, daher wurde nichts gespeichert. Korrigieren Sie die Einstellungen oder speichern Sie ohne Test.</translation>
    </message>
    <message>
        <source>The connection test failed.</source>
        <translation>Der Verbindungstest ist fehlgeschlagen.</translation>
    </message>
</context>
<context>
    <name>airdesk::gui::EnumField</name>
    <message>
        <source>Type to search…</source>
        <translation>Zum Suchen tippen…</translation>
    </message>
</context>
<context>
    <name>airdesk::gui::ErrorBar</name>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Show error details</source>
        <translation>Fehlerdetails anzeigen</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Dismiss the error</source>
        <translation>Fehlermeldung schließen</translation>
    </message>
    <message>
        <source>Error details</source>
        <translation>Fehlerdetails</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>airdesk::gui::FieldRow</name>
    <message>
        <source>Format: %1</source>
        <translation>Format: %1</translation>
    </message>
    <message>
        <source>%1: problems</source>
        <translation>%1: Probleme</translation>
    </message>
    <message>
        <source>Required.</source>
        <translation>Erforderlich.</translation>
    </message>
    <message>
        <source>Must match the format %1.</source>
        <translation>Muss dem Format %1 entsprechen.</translation>
    </message>
</context>
<context>
    <name>airdesk::gui::JobChartView</name>
    <message>
        <source>Records and bytes per job</source>
        <translation>Datensätze und Bytes pro Job</translation>
    </message>
    <message>
        <source>Duration per job</source>
        <translation>Dauer pro Job</translation>
    </message>
    <message>
        <source>Job %1 (%2)</source>
        <translation>Job %1 (%2)</translation>
    </message>
    <message>
        <source>Duration: %1</source>
        <translation>Dauer: %1</translation>
    </message>
    <message>
        <source>Records: %1</source>
        <translation>Datensätze: %1</translation>
    </message>
    <message>
        <source>Bytes: %1</source>
        <translation>Bytes: %1</translation>
    </message>
    <message>
        <source>Click to open the job</source>
        <translation>Klicken, um den Job zu öffnen</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Datensätze</translation>
    </message>
    <message>
        <source>Megabytes</source>
        <translation>Megabyte</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>Seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <source>Failed or cancelled</source>
        <translation>Fehlgeschlagen oder abgebrochen</translation>
    </message>
    <message>
        <source>Running or other</source>
        <translation>Läuft oder anderes</translation>
    </message>
    <message>
        <source>MB</source>
        <translation>MB</translation>
    </message>
</context>
<context>
    <name>airdesk::gui::JobDetailView</name>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Attempt</source>
        <translation>Versuch</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Datensätze</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>Bytes</translation>
    </message>
    <message>
        <source>Failure</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Loading job %1…</source>
        <translation>Job %1 wird geladen…</translation>
    </message>
    <message>
        <source>Fetching the logs…</source>
        <translation>Protokolle werden abgerufen…</translation>
    </message>
    <message>
        <source>Job %1 could not be loaded.</source>
        <translation>Job %1 konnte nicht geladen werden.</translation>
    </message>
    <message>
        <source>No job chosen.</source>
        <translation>Kein Job ausgewählt.</translation>
    </message>
    <message>
        <source>Job %1</source>
        <translation>Job %1</translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation>Erstellt %1</translation>
    </message>
    <message>
        <source>took %1</source>
        <translation>Dauer %1</translation>
    </message>
    <message>
        <source>%1 records</source>
        <translation>%1 Datensätze</translation>
    </message>
    <message>
        <source>1 attempt</source>
        <translation>1 Versuch</translation>
    </message>
    <message>
        <source>%1 attempts</source>
        <translation>%1 Versuche</translation>
    </message>
    <message>
        <source>Open the job history in the Airbyte web app</source>
        <translation>Den Jobverlauf in der Airbyte-Web-App öffnen</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
</context>
<context>
    <name>airdesk::gui::JobHistoryView</name>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation>Älteste zuerst</translation>
    </message>
    <message>
        <source>Run sync now</source>
        <translation>Jetzt synchronisieren</translation>
    </message>
    <message>
        <source>Cancel sync</source>
        <translation>Synchronisation abbrechen</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Jeder Status</translation>
    </message>
    <message>
        <source>Any type</source>
        <translation>Jeder Typ</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Jobs</translation>
    </message>
    <message>
        <source>Trends</source>
        <translation>Trends</translation>
    </message>
</context>
<context>
    <name>airdesk::gui::JobRunController</name>
    <message>
        <source>A sync is already running for this connection</source>
        <translation>Für diese Verbindung läuft bereits eine Synchronisation</translation>
    </message>
</context>
<context>
    <name>airdesk::gui::JsonField</name>
    <message>
        <source>Not valid JSON.</source>
        <translation>Kein gültiges JSON.</translation>
    </message>
</context>
<context>
    <name>airdesk::gui::JsonTreeView</name>
    <message>
        <source>Search keys and values</source>
        <translation>Schlüssel und Werte durchsuchen</translation>
    </message>
    <message>
        <source>Search the document</source>
        <translation>Das Dokument durchsuchen</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Copy value</source>
        <translation>Wert kopieren</translation>
    </message>
    <message>
        <source>Copy path</source>
        <translation>Pfad kopieren</translation>
    </message>
    <message>
        <source>Copy the whole document</source>
        <translation>Das ganze Dokument kopieren</translation>
    </message>
</context>
<context>
    <name>airdesk::gui::KeychainSecretBackend</name>
    <message>
        <source>The system keychain did not answer.</source>
        <translation>Der Systemschlüsselbund hat nicht geantwortet.</translation>
    </message>
</context>
<context>
    <name>airdesk::gui::LogViewer</name>
    <message>
        <source>Attempt whose log is shown</source>
        <translation>Versuch, dessen Protokoll angezeigt wird</translation>
    </message>
    <message>
        <source>Levels</source>
        <translation>Stufen</translation>
    </message>
    <message>
        <source>Show only some log levels</source>
        <translation>Nur einige Protokollstufen anzeigen</translation>
    </message>
    <message>
        <source>Search the log (Ctrl+F)</source>
        <translation>Das Protokoll durchsuchen (Strg+F)</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation>Vorheriger Treffer (Umschalt+Eingabe)</translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation>Nächster Treffer (Eingabe)</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Speichern…</translation>
    </message>
    <message>
        <source>Save the whole log to a file</source>
        <translation>Das ganze Protokoll in eine Datei speichern</translation>
    </message>
    <message>
        <source>Reading the log… %1%</source>
        <translation>Protokoll wird gelesen… %1 %</translation>
    </message>
    <message>
        <source>1 line</source>
        <translation>1 Zeile</translation>
    </message>
    <message>
        <source>%1 lines</source>
        <translation>%1 Zeilen</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Gespeichert unter %1</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Debug</source>
        <translation>Debug</translation>
    </message>
    <message>
        <source>Trace</source>
        <translation>Trace</translation>
    </message>
    <message>
        <source>No level</source>
        <translation>Keine Stufe</translation>
    </message>
    <message>
        <source>Levels (filtered)</source>
        <translation>Stufen (gefiltert)</translation>
    </message>
    <message>
        <source>Attempt %1 of %2 — %3</source>
        <translation>Versuch %1 von %2 — %3</translation>
    </message>
    <message>
        <source>This job has no attempts, so no logs.</source>
        <translation>Dieser Job hat keine Versuche und daher keine Protokolle.</translation>
    </message>
    <message>
        <source>This attempt has no log lines.</source>
        <translation>Dieser Versuch hat keine Protokollzeilen.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Suche läuft…</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Keine Treffer</translation>
    </message>
    <message>
        <source>1 match</source>
        <translation>1 Treffer</translation>
    </message>
    <message>
        <source>%1 matches</source>
        <translation>%1 Treffer</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Saving to %1…</source>
        <translation>Wird unter %1 gespeichert…</translation>
    </message>
    <message>
        <source>Save log</source>
        <translation>Protokoll speichern</translation>
    </message>
    <message>
        <source>Log files (*.log *.txt);;All files (*)</source>
        <translation>Protokolldateien (*.log *.txt);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>airdesk::gui::MainWindow</name>
    <message>
        <source>Airdesk</source>
        <translation>Airdesk</translation>
    </message>
    <message>
        <source>&amp;Connections</source>
        <translation>&amp;Verbindungen</translation>
    </message>
    <message>
        <source>&amp;Sources</source>
        <translation>&amp;Quellen</translation>
    </message>
    <message>
        <source>&amp;Destinations</source>
        <translation>&amp;Ziele</translation>
    </message>
    <message>
        <source>Progress of the bulk action</source>
        <translation>Fortschritt der Sammelaktion</translation>
    </message>
    <message>
        <source>sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>destinations</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Columns…</source>
        <translation>&amp;Spalten…</translation>
    </message>
    <message>
        <source>&amp;Notify when a sync ends</source>
        <translation>Am Ende einer Synchronisation &amp;benachrichtigen</translation>
    </message>
    <message>
        <source>A desktop notification when a sync started here succeeds or fails</source>
        <translation>Eine Desktop-Benachrichtigung, wenn eine hier gestartete Synchronisation gelingt oder fehlschlägt</translation>
    </message>
    <message>
        <source>This desktop has no notification area</source>
        <translation>Dieser Desktop hat keinen Benachrichtigungsbereich</translation>
    </message>
    <message>
        <source>&amp;Auto-refresh</source>
        <translation>Automatisch a&amp;ktualisieren</translation>
    </message>
    <message>
        <source>&amp;Off</source>
        <translation>&amp;Aus</translation>
    </message>
    <message>
        <source>Every &amp;minute</source>
        <translation>Jede &amp;Minute</translation>
    </message>
    <message>
        <source>Every &amp;5 minutes</source>
        <translation>Alle &amp;5 Minuten</translation>
    </message>
    <message>
        <source>Every &amp;15 minutes</source>
        <translation>Alle &amp;15 Minuten</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>%1 &amp;rückgängig machen</translation>
    </message>
    <message>
        <source>%1 is not in the list (yet).</source>
        <translation>%1 ist (noch) nicht in der Liste.</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>&amp;New profile…</source>
        <translation>&amp;Neues Profil…</translation>
    </message>
    <message>
        <source>&amp;Edit profile…</source>
        <translation>Profil &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Delete profile…</source>
        <translation>Profil &amp;löschen…</translation>
    </message>
    <message>
        <source>&amp;Profile</source>
        <translation>&amp;Profil</translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation>Profil löschen</translation>
    </message>
    <message>
        <source>Delete the profile &quot;%1&quot; and its stored secret? Nothing on the server is deleted.</source>
        <translation>Das Profil „%1“ und sein gespeichertes Secret löschen? Auf dem Server wird nichts gelöscht.</translation>
    </message>
    <message>
        <source>The secret could not be removed from the keychain: %1</source>
        <translation>Das Secret konnte nicht aus dem Schlüsselbund entfernt werden: %1</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbindung mit %1 wird hergestellt…</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <source>%1 — Airdesk</source>
        <translation>%1 — Airdesk</translation>
    </message>
    <message>
        <source>Downloading the declarative component schema (CDK %1)…</source>
        <translation>Das Schema der deklarativen Komponenten wird heruntergeladen (CDK %1)…</translation>
    </message>
    <message>
        <source>YAML definitions are checked structurally only: the schema is not available (%1).</source>
        <translation>YAML-Definitionen werden nur strukturell geprüft: Das Schema ist nicht verfügbar (%1).</translation>
    </message>
    <message>
        <source>The declarative component schema is ready.</source>
        <translation>Das Schema der deklarativen Komponenten ist bereit.</translation>
    </message>
    <message>
        <source>Sync of %1 ended: %2.</source>
        <translation>Synchronisation von %1 beendet: %2.</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>Ver&amp;lauf</translation>
    </message>
    <message>
        <source>S&amp;tate</source>
        <translation>Zus&amp;tand</translation>
    </message>
    <message>
        <source>C&amp;atalog</source>
        <translation>K&amp;atalog</translation>
    </message>
    <message>
        <source>Recent &amp;jobs</source>
        <translation>Letzte &amp;Jobs</translation>
    </message>
    <message>
        <source>&amp;YAML definitions</source>
        <translation>&amp;YAML-Definitionen</translation>
    </message>
    <message>
        <source>Sync succeeded</source>
        <translation>Synchronisation erfolgreich</translation>
    </message>
    <message>
        <source>Sync ended: %1</source>
        <translation>Synchronisation beendet: %1</translation>
    </message>
    <message>
        <source>%1 (job %2)</source>
        <translation>%1 (Job %2)</translation>
    </message>
    <message>
        <source>Job %1 — %2</source>
        <translation>Job %1 — %2</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>%1 werden geladen…</translation>
    </message>
    <message>
        <source>Could not load the %1</source>
        <translation>Die %1 konnten nicht geladen werden</translation>
    </message>
    <message>
        <source>Could not load the %1.</source>
        <translation>Die %1 konnten nicht geladen werden.</translation>
    </message>
    <message>
        <source>%1 · %2 connections · %3 sources · %4 destinations</source>
        <translation>%1 · %2 Verbindungen · %3 Quellen · %4 Ziele</translation>
    </message>
    <message>
        <source>&amp;Connection</source>
        <translation>&amp;Verbindung</translation>
    </message>
    <message>
        <source>Connection actions</source>
        <translation>Verbindungsaktionen</translation>
    </message>
</context>
<context>
    <name>airdesk::gui::ManifestEditor</name>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>Ersetzen durch</translation>
    </message>
    <message>
        <source>Find next</source>
        <translation>Weitersuchen</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Ersetzen</translation>
    </message>
    <message>
        <source>Replace all</source>
        <translation>Alle ersetzen</translation>
    </message>
    <message>
        <source>Restored unsaved edits.</source>
        <translation>Nicht gespeicherte Änderungen wiederhergestellt.</translation>
    </message>
    <message>
        <source>Validating…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>(root)</source>
        <translation>(Wurzel)</translation>
    </message>
    <message>
        <source>Valid.</source>
        <translation>Gültig.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s).</source>
        <translation>
            <numerusform>%n Problem.</numerusform>
            <numerusform>%n Probleme.</numerusform>
        </translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; not found.</source>
        <translation>„%1“ nicht gefunden.</translation>
    </message>
    <message numerus="yes">
        <source>Replaced %n occurrence(s).</source>
        <translation>
            <numerusform>%n Vorkommen ersetzt.</numerusform>
            <numerusform>%n Vorkommen ersetzt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Problems in the manifest</source>
        <translation>Probleme im Manifest</translation>
    </message>
    <message>
        <source>Manifest (YAML)</source>
        <translation>Manifest (YAML)</translation>
    </message>
    <message>
        <source>The declarative connector manifest; problems are marked in the margin</source>
        <translation>Das deklarative Connector-Manifest; Probleme werden am Rand markiert</translation>
    </message>
</context>
<context>
    <name>airdesk::gui::NewConnectionWizard</name>
    <message>
        <source>New connection</source>
        <translation>Neue Verbindung</translation>
    </message>
    <message>
        <source>&amp;Create connection</source>
        <translation>Verbindung &amp;erstellen</translation>
    </message>
    <message>
        <source>Select at least one stream.</source>
        <translation>Wählen Sie mindestens einen Stream aus.</translation>
    </message>
    <message>
        <source>Creating the connection…</source>
        <translation>Verbindung wird erstellt…</translation>
    </message>
    <message>
        <source>Could not create the connection: %1</source>
        <translation>Die Verbindung konnte nicht erstellt werden: %1</translation>
    </message>
    <message>
        <source>Restored the connection you were building when Airdesk last closed. Cancel discards it.</source>
        <translation>Die Verbindung, die Sie beim letzten Schließen von Airdesk angelegt haben, wurde wiederhergestellt. „Abbrechen“ verwirft sie.</translation>
    </message>
</context>
<context>
    <name>airdesk::gui::NumberField</name>
    <message>
        <source>Enter a number.</source>
        <translation>Geben Sie eine Zahl ein.</translation>
    </message>
</context>
<context>
    <name>airdesk::gui::ObjectField</name>
    <message>
        <source>Optional fields (%1)</source>
        <translation>Optionale Felder (%1)</translation>
    </message>
</context>
<context>
    <name>airdesk::gui::ObjectListField</name>
    <message>
        <source>Add…</source>
        <translation>Hinzufügen…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <source>Add to %1</source>
        <translation>Zu %1 hinzufügen</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
</context>
<context>
    <name>airdesk::gui::OneOfField</name>
    <message>
        <source>Option %1</source>
        <translation>Option %1</translation>
    </message>
</context>
<context>
    <name>airdesk::gui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemvorgabe</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>The new language applies when Airdesk starts again.</source>
        <translation>Die neue Sprache gilt nach dem nächsten Start von Airdesk.</translation>
    </message>
    <message>
        <source>Language change note</source>
        <translation>Hinweis zum Sprachwechsel</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>&amp;Appearance:</source>
        <translation>&amp;Darstellung:</translation>
    </message>
    <message>
        <source>The language of menus, dialogs and messages</source>
        <translation>Die Sprache von Menüs, Dialogen und Meldungen</translation>
    </message>
    <message>
        <source>Light or dark colours, or those of the desktop</source>
        <translation>Helle oder dunkle Farben oder die des Desktops</translation>
    </message>
</context>
<context>
    <name>airdesk::gui::ProfileDialog</name>
    <message>
        <source>Show secret</source>
        <translation>Secret anzeigen</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>Verbunden mit %1</translation>
    </message>
    <message>
        <source>Connected to %1 (%2)</source>
        <translation>Verbunden mit %1 (%2)</translation>
    </message>
    <message>
        <source>These credentials see no workspace.</source>
        <translation>Mit diesen Zugangsdaten ist kein Arbeitsbereich sichtbar.</translation>
    </message>
    <message numerus="yes">
        <source>%n workspace(s) found.</source>
        <translation>
            <numerusform>%n Arbeitsbereich gefunden.</numerusform>
            <numerusform>%n Arbeitsbereiche gefunden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Default for the kind (1 hour on Cloud, else 1 minute)</source>
        <translation>Vorgabe der Art (1 Stunde bei Cloud, sonst 1 Minute)</translation>
    </message>
    <message>
        <source>1 hour (Cloud Standard)</source>
        <translation>1 Stunde (Cloud Standard)</translation>
    </message>
    <message>
        <source>15 minutes (Cloud Plus)</source>
        <translation>15 Minuten (Cloud Plus)</translation>
    </message>
    <message>
        <source>1 minute (self-managed)</source>
        <translation>1 Minute (selbst verwaltet)</translation>
    </message>
    <message>
        <source>No minimum</source>
        <translation>Kein Minimum</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>Token: enter the bearer token.</source>
        <translation>Token: Geben Sie das Bearer-Token ein.</translation>
    </message>
    <message>
        <source>Client ID: enter the client id.</source>
        <translation>Client-ID: Geben Sie die Client-ID ein.</translation>
    </message>
    <message>
        <source>Client secret: enter the client secret.</source>
        <translation>Client-Secret: Geben Sie das Client-Secret ein.</translation>
    </message>
    <message>
        <source>Name: give the profile a name.</source>
        <translation>Name: Geben Sie dem Profil einen Namen.</translation>
    </message>
    <message>
        <source>Workspace ID: enter the workspace id, or pick one.</source>
        <translation>Arbeitsbereichs-ID: Geben Sie die ID ein oder wählen Sie einen Arbeitsbereich aus.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbindung wird hergestellt…</translation>
    </message>
    <message>
        <source>Listing workspaces…</source>
        <translation>Arbeitsbereiche werden aufgelistet…</translation>
    </message>
    <message>
        <source>Cannot be derived: enter it</source>
        <translation>Nicht ableitbar: bitte eingeben</translation>
    </message>
    <message>
        <source>CA certificates: %1</source>
        <translation>CA-Zertifikate: %1</translation>
    </message>
    <message>
        <source>CA certificates</source>
        <translation>CA-Zertifikate</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt *.cer)</source>
        <translation>PEM-Zertifikate (*.pem *.crt *.cer)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>airdesk::gui::PublishDialog</name>
    <message>
        <source>Allow a &amp;duplicate name</source>
        <translation>&amp;Doppelten Namen erlauben</translation>
    </message>
    <message>
        <source>&amp;Validate the manifest before sending it</source>
        <translation>Manifest vor dem Senden &amp;prüfen</translation>
    </message>
    <message>
        <source>Store &amp;testing values in the Connector Builder project</source>
        <translation>&amp;Testwerte im Connector-Builder-Projekt speichern</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>&amp;Veröffentlichen</translation>
    </message>
    <message>
        <source>Publish custom source definition</source>
        <translation>Benutzerdefinierte Quelldefinition veröffentlichen</translation>
    </message>
    <message>
        <source>Definition name</source>
        <translation>Name der Definition</translation>
    </message>
    <message>
        <source>e.g. Pets API</source>
        <translation>z. B. Pets API</translation>
    </message>
    <message>
        <source>Without this, publishing stops when the workspace already has a custom definition with the same name.</source>
        <translation>Ohne diese Option bricht das Veröffentlichen ab, wenn der Arbeitsbereich bereits eine benutzerdefinierte Definition mit demselben Namen hat.</translation>
    </message>
    <message>
        <source>Checks the manifest against the declarative component schema and the server&apos;s requirements before anything is sent.</source>
        <translation>Prüft das Manifest anhand des Schemas der deklarativen Komponenten und der Anforderungen des Servers, bevor etwas gesendet wird.</translation>
    </message>
    <message>
        <source>Manifest problems</source>
        <translation>Probleme im Manifest</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Give the definition a name.</source>
        <translation>Geben Sie der Definition einen Namen.</translation>
    </message>
    <message numerus="yes">
        <source>The manifest has %n problem(s); fix them in the editor, or turn pre-validation off to let the server decide.</source>
        <translation>
            <numerusform>Das Manifest hat %n Problem; beheben Sie es im Editor oder schalten Sie die Vorabprüfung aus, um den Server entscheiden zu lassen.</numerusform>
            <numerusform>Das Manifest hat %n Probleme; beheben Sie sie im Editor oder schalten Sie die Vorabprüfung aus, um den Server entscheiden zu lassen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The testing values do not match the manifest&apos;s specification.</source>
        <translation>Die Testwerte entsprechen nicht der Spezifikation des Manifests.</translation>
    </message>
    <message>
        <source>Publishing…</source>
        <translation>Wird veröffentlicht…</translation>
    </message>
    <message>
        <source>Not published: %1</source>
        <translation>Nicht veröffentlicht: %1</translation>
    </message>
    <message>
        <source>A form generated from the manifest&apos;s spec.connection_specification. Secret fields are masked; their Show button reveals them.</source>
        <translation>Ein aus spec.connection_specification des Manifests erzeugtes Formular. Secret-Felder sind maskiert; ihre Schaltfläche „Anzeigen“ macht sie sichtbar.</translation>
    </message>
    <message>
        <source>Validating the manifest</source>
        <translation>Manifest wird geprüft</translation>
    </message>
    <message>
        <source>The manifest has no usable specification to enter testing values with; untick the testing values or add spec.connection_specification.</source>
        <translation>Das Manifest hat keine verwendbare Spezifikation, mit der sich Testwerte eingeben lassen; deaktivieren Sie die Testwerte oder fügen Sie spec.connection_specification hinzu.</translation>
    </message>
    <message>
        <source>Validating the manifest before sending it…</source>
        <translation>Manifest wird vor dem Senden geprüft…</translation>
    </message>
</context>
<context>
    <name>airdesk::gui::RecentJobsView</name>
    <message>
        <source>Failures only</source>
        <translation>Nur Fehlschläge</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Letzte 24 Stunden</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>%1 failed or cancelled, %2 running or waiting, %3 succeeded</source>
        <translation>%1 fehlgeschlagen oder abgebrochen, %2 laufend oder wartend, %3 erfolgreich</translation>
    </message>
    <message>
        <source>Recent jobs</source>
        <translation>Letzte Jobs</translation>
    </message>
</context>
<context>
    <name>airdesk::gui::RenameDialog</name>
    <message>
        <source>Rename %1</source>
        <translation>%1 umbenennen</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <source>New name</source>
        <translation>Neuer Name</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
</context>
<context>
    <name>airdesk::gui::ResourceActions</name>
    <message>
        <source>&amp;Run sync now</source>
        <translation>&amp;Jetzt synchronisieren</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>&amp;Aktivieren</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Deaktivieren</translation>
    </message>
    <message>
        <source>Edit &amp;schedule…</source>
        <translation>&amp;Zeitplan bearbeiten…</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>&amp;Umbenennen…</translation>
    </message>
    <message>
        <source>&amp;Copy id</source>
        <translation>ID &amp;kopieren</translation>
    </message>
    <message>
        <source>&amp;Open in web app</source>
        <translation>In der Web-App ö&amp;ffnen</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>C&amp;heck connection</source>
        <translation>Verbindung &amp;prüfen</translation>
    </message>
    <message>
        <source>connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>destination</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <source>sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>destinations</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>%1 — %2: %3</source>
        <translation>%1 — %2: %3</translation>
    </message>
    <message>
        <source>%1: %2 of %3 failed</source>
        <translation>%1: %2 von %3 fehlgeschlagen</translation>
    </message>
    <message>
        <source>Starting a sync of %1…</source>
        <translation>Synchronisation von %1 wird gestartet…</translation>
    </message>
    <message numerus="yes">
        <source>Starting %n sync(s)…</source>
        <translation>
            <numerusform>%n Synchronisation wird gestartet…</numerusform>
            <numerusform>%n Synchronisationen werden gestartet…</numerusform>
        </translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>Run sync</source>
        <translation>Synchronisieren</translation>
    </message>
    <message numerus="yes">
        <source>Started %n sync(s).</source>
        <translation>
            <numerusform>%n Synchronisation gestartet.</numerusform>
            <numerusform>%n Synchronisationen gestartet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Enabled %n connection(s).</source>
        <translation>
            <numerusform>%n Verbindung aktiviert.</numerusform>
            <numerusform>%n Verbindungen aktiviert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Disabled %n connection(s).</source>
        <translation>
            <numerusform>%n Verbindung deaktiviert.</numerusform>
            <numerusform>%n Verbindungen deaktiviert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>Aktivieren</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Deaktivieren</translation>
    </message>
    <message>
        <source>enable %1</source>
        <translation>%1 aktivieren</translation>
    </message>
    <message>
        <source>disable %1</source>
        <translation>%1 deaktivieren</translation>
    </message>
    <message numerus="yes">
        <source>enable %n connection(s)</source>
        <translation>
            <numerusform>%n Verbindung aktivieren</numerusform>
            <numerusform>%n Verbindungen aktivieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>disable %n connection(s)</source>
        <translation>
            <numerusform>%n Verbindung deaktivieren</numerusform>
            <numerusform>%n Verbindungen deaktivieren</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>%1 wird geprüft…</translation>
    </message>
    <message>
        <source>Check of %1: %2</source>
        <translation>Prüfung von %1: %2</translation>
    </message>
    <message>
        <source>%1: the connection check succeeded.</source>
        <translation>%1: Die Verbindungsprüfung war erfolgreich.</translation>
    </message>
    <message>
        <source>%1: the connection check failed</source>
        <translation>%1: Die Verbindungsprüfung ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>Rename %1: %2</source>
        <translation>%1 umbenennen: %2</translation>
    </message>
    <message>
        <source>Renamed %1 to %2.</source>
        <translation>%1 in %2 umbenannt.</translation>
    </message>
    <message>
        <source>rename to %1</source>
        <translation>Umbenennung in %1</translation>
    </message>
    <message>
        <source>Schedule of %1</source>
        <translation>Zeitplan von %1</translation>
    </message>
    <message>
        <source>The schedule of %1 is saved.</source>
        <translation>Der Zeitplan von %1 ist gespeichert.</translation>
    </message>
    <message>
        <source>Copied %1</source>
        <translation>%1 kopiert</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n item(s).</source>
        <translation>
            <numerusform>%n Eintrag gelöscht.</numerusform>
            <numerusform>%n Einträge gelöscht.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>&amp;New connection…</source>
        <translation>&amp;Neue Verbindung…</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;New source…</source>
        <translation>&amp;Neue Quelle…</translation>
    </message>
    <message>
        <source>&amp;New destination…</source>
        <translation>&amp;Neues Ziel…</translation>
    </message>
    <message>
        <source>Created the connection %1.</source>
        <translation>Verbindung %1 erstellt.</translation>
    </message>
    <message>
        <source>Created the source %1.</source>
        <translation>Quelle %1 erstellt.</translation>
    </message>
    <message>
        <source>Created the destination %1.</source>
        <translation>Ziel %1 erstellt.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
</context>
<context>
    <name>airdesk::gui::ResourceView</name>
    <message>
        <source>Search by name, type or id</source>
        <translation>Nach Name, Typ oder ID suchen</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <source>Connector type filter</source>
        <translation>Filter nach Connector-Typ</translation>
    </message>
    <message>
        <source>Show only one connector type</source>
        <translation>Nur einen Connector-Typ anzeigen</translation>
    </message>
    <message>
        <source>All connectors</source>
        <translation>Alle Connectors</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Statusfilter</translation>
    </message>
    <message>
        <source>Show only connections in one state</source>
        <translation>Nur Verbindungen in einem Zustand anzeigen</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>Last sync failed</source>
        <translation>Letzte Synchronisation fehlgeschlagen</translation>
    </message>
    <message>
        <source>Last sync succeeded</source>
        <translation>Letzte Synchronisation erfolgreich</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Load the list again from the server</source>
        <translation>Die Liste erneut vom Server laden</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>Wird geladen</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Ressourcen</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Select a row to see its details.</source>
        <translation>Wählen Sie eine Zeile aus, um ihre Details zu sehen.</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>Reset columns</source>
        <translation>Spalten zurücksetzen</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n Eintrag</numerusform>
            <numerusform>%n Einträge</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
</context>
<context>
    <name>airdesk::gui::ScheduleDialog</name>
    <message>
        <source>Every 15 minutes</source>
        <translation>Alle 15 Minuten</translation>
    </message>
    <message>
        <source>Every 30 minutes</source>
        <translation>Alle 30 Minuten</translation>
    </message>
    <message>
        <source>Every hour</source>
        <translation>Jede Stunde</translation>
    </message>
    <message>
        <source>Every 2 hours</source>
        <translation>Alle 2 Stunden</translation>
    </message>
    <message>
        <source>Every 3 hours</source>
        <translation>Alle 3 Stunden</translation>
    </message>
    <message>
        <source>Every 6 hours</source>
        <translation>Alle 6 Stunden</translation>
    </message>
    <message>
        <source>Every 8 hours</source>
        <translation>Alle 8 Stunden</translation>
    </message>
    <message>
        <source>Every 12 hours</source>
        <translation>Alle 12 Stunden</translation>
    </message>
    <message>
        <source>Every 24 hours</source>
        <translation>Alle 24 Stunden</translation>
    </message>
    <message>
        <source>Every day at 12:00</source>
        <translation>Täglich um 12:00</translation>
    </message>
    <message>
        <source>Every weekday at 08:00</source>
        <translation>Jeden Werktag um 08:00</translation>
    </message>
    <message>
        <source>Every Monday at 09:00</source>
        <translation>Jeden Montag um 09:00</translation>
    </message>
    <message>
        <source>Every hour at half past</source>
        <translation>Jede Stunde um halb</translation>
    </message>
    <message>
        <source>First day of the month at 00:00</source>
        <translation>Erster Tag des Monats um 00:00</translation>
    </message>
    <message>
        <source>Last day of the month at 18:00</source>
        <translation>Letzter Tag des Monats um 18:00</translation>
    </message>
    <message>
        <source>Last weekday of the month at 17:00</source>
        <translation>Letzter Werktag des Monats um 17:00</translation>
    </message>
    <message>
        <source>Third Friday of the month at 00:00</source>
        <translation>Dritter Freitag des Monats um 00:00</translation>
    </message>
    <message>
        <source>Seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <source>Day of month</source>
        <translation>Tag im Monat</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>Day of week</source>
        <translation>Wochentag</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <source>When the server will run this schedule</source>
        <translation>Wann der Server diesen Zeitplan ausführt</translation>
    </message>
    <message>
        <source>Choose a pattern…</source>
        <translation>Muster wählen…</translation>
    </message>
    <message>
        <source>The server refused this schedule: %1</source>
        <translation>Der Server hat diesen Zeitplan abgelehnt: %1</translation>
    </message>
    <message>
        <source>The connection syncs only when you run it.</source>
        <translation>Die Verbindung synchronisiert nur, wenn Sie sie starten.</translation>
    </message>
    <message>
        <source>Enter a Quartz cron expression, for example 0 0 12 * * ?</source>
        <translation>Geben Sie einen Quartz-Cron-Ausdruck ein, zum Beispiel 0 0 12 * * ?</translation>
    </message>
    <message>
        <source>Expression</source>
        <translation>Ausdruck</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>This looks like a 5-field Unix cron. Airbyte uses Quartz (seconds first); the same schedule is %1</source>
        <translation>Das sieht nach einem Unix-Cron mit 5 Feldern aus. Airbyte verwendet Quartz (Sekunden zuerst); derselbe Zeitplan lautet %1</translation>
    </message>
    <message>
        <source>Warning: this schedule runs more often than your plan allows (%1). The server will refuse it.</source>
        <translation>Warnung: Dieser Zeitplan läuft häufiger, als Ihr Tarif erlaubt (%1). Der Server wird ihn ablehnen.</translation>
    </message>
    <message>
        <source>%1: Airbyte needs a plain number here (%2)</source>
        <translation>%1: Airbyte braucht hier eine einfache Zahl (%2)</translation>
    </message>
    <message>
        <source> (UTC)</source>
        <translation> (UTC)</translation>
    </message>
    <message>
        <source>UTC</source>
        <translation>UTC</translation>
    </message>
    <message>
        <source>The Airbyte public API stores every cron schedule in UTC, so the server runs it at the UTC times; the first column shows them in %1.</source>
        <translation>Die öffentliche Airbyte-API speichert jeden Cron-Zeitplan in UTC, daher führt der Server ihn zu den UTC-Zeiten aus; die erste Spalte zeigt sie in %1.</translation>
    </message>
    <message>
        <source>No further runs: the schedule has ended.</source>
        <translation>Keine weiteren Läufe: Der Zeitplan ist abgelaufen.</translation>
    </message>
    <message>
        <source>Saving the schedule…</source>
        <translation>Zeitplan wird gespeichert…</translation>
    </message>
</context>
<context>
    <name>airdesk::gui::ScheduleField</name>
    <message>
        <source>Change…</source>
        <translation>Ändern…</translation>
    </message>
    <message>
        <source>Change schedule</source>
        <translation>Zeitplan ändern</translation>
    </message>
    <message>
        <source>%1 (cron %2, UTC)</source>
        <translation>%1 (Cron %2, UTC)</translation>
    </message>
    <message>
        <source>Manual: syncs only when started</source>
        <translation>Manuell: synchronisiert nur bei manuellem Start</translation>
    </message>
</context>
<context>
    <name>airdesk::gui::SecretField</name>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Show or hide the secret</source>
        <translation>Secret anzeigen oder verbergen</translation>
    </message>
    <message>
        <source>Stored secret (unchanged unless you type a new one)</source>
        <translation>Gespeichertes Secret (unverändert, solange Sie kein neues eingeben)</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Verbergen</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>%1 anzeigen</translation>
    </message>
</context>
<context>
    <name>airdesk::gui::SecretStore</name>
    <message>
        <source>Secrets are kept for this session only: no system keychain is available</source>
        <translation>Secrets werden nur für diese Sitzung aufbewahrt: Es ist kein Systemschlüsselbund verfügbar</translation>
    </message>
    <message>
        <source>Could not read the secret from the system keychain: %1</source>
        <translation>Das Secret konnte nicht aus dem Systemschlüsselbund gelesen werden: %1</translation>
    </message>
    <message>
        <source>Could not store the secret in the system keychain: %1</source>
        <translation>Das Secret konnte nicht im Systemschlüsselbund gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Could not remove the secret from the system keychain: %1</source>
        <translation>Das Secret konnte nicht aus dem Systemschlüsselbund entfernt werden: %1</translation>
    </message>
</context>
<context>
    <name>airdesk::gui::SessionManager</name>
    <message>
        <source>The sandbox did not start: %1</source>
        <translation>Die Sandbox ist nicht gestartet: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: no secret is stored for this profile; edit it to enter one.</source>
        <translation>%1: Für dieses Profil ist kein Secret gespeichert; bearbeiten Sie es, um eines einzugeben.</translation>
    </message>
    <message>
        <source>%1: CA certificates: %2</source>
        <translation>%1: CA-Zertifikate: %2</translation>
    </message>
</context>
<context>
    <name>airdesk::gui::ShortcutsDialog</name>
    <message>
        <source>Window</source>
        <translation>Fenster</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menü</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
</context>
<context>
    <name>airdesk::gui::SpecForm</name>
    <message>
        <source>Form problems</source>
        <translation>Probleme im Formular</translation>
    </message>
    <message>
        <source>The specification is empty.</source>
        <translation>Die Spezifikation ist leer.</translation>
    </message>
    <message>
        <source>The specification&apos;s root is a &quot;%1&quot;, not an object with properties.</source>
        <translation>Die Wurzel der Spezifikation ist vom Typ „%1“, nicht ein Objekt mit Eigenschaften.</translation>
    </message>
    <message>
        <source>This connector needs no configuration.</source>
        <translation>Dieser Connector braucht keine Konfiguration.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) to fix before saving:</source>
        <translation>
            <numerusform>%n Problem muss vor dem Speichern behoben werden:</numerusform>
            <numerusform>%n Probleme müssen vor dem Speichern behoben werden:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>airdesk::gui::StreamSelector</name>
    <message>
        <source>Filter streams</source>
        <translation>Streams filtern</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>&amp;Alle auswählen</translation>
    </message>
    <message>
        <source>Select &amp;none</source>
        <translation>&amp;Keine auswählen</translation>
    </message>
    <message>
        <source>Stream</source>
        <translation>Stream</translation>
    </message>
    <message>
        <source>Namespace</source>
        <translation>Namespace</translation>
    </message>
    <message>
        <source>Sync mode</source>
        <translation>Synchronisationsmodus</translation>
    </message>
    <message>
        <source>Cursor</source>
        <translation>Cursor</translation>
    </message>
    <message>
        <source>Primary key</source>
        <translation>Primärschlüssel</translation>
    </message>
    <message>
        <source>Streams</source>
        <translation>Streams</translation>
    </message>
    <message>
        <source>source-defined</source>
        <translation>von der Quelle festgelegt</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Sync mode of %1</source>
        <translation>Synchronisationsmodus von %1</translation>
    </message>
    <message>
        <source>%1 of %2 streams selected</source>
        <translation>%1 von %2 Streams ausgewählt</translation>
    </message>
</context>
<context>
    <name>airdesk::gui::StreamsPage</name>
    <message>
        <source>Streams</source>
        <translation>Streams</translation>
    </message>
    <message>
        <source>Choose the streams to sync and, where you like, their sync mode.</source>
        <translation>Wählen Sie die zu synchronisierenden Streams und bei Bedarf ihren Synchronisationsmodus aus.</translation>
    </message>
    <message>
        <source>Discovering the streams of %1…</source>
        <translation>Streams von %1 werden ermittelt…</translation>
    </message>
    <message>
        <source>Could not read the streams: %1</source>
        <translation>Die Streams konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>This source offers no streams.</source>
        <translation>Diese Quelle bietet keine Streams an.</translation>
    </message>
</context>
<context>
    <name>airdesk::gui::TagListField</name>
    <message>
        <source>Type a value and press Enter</source>
        <translation>Wert eingeben und Eingabetaste drücken</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>New entry for %1</source>
        <translation>Neuer Eintrag für %1</translation>
    </message>
</context>
<context>
    <name>airdesk::gui::TestingValuesEditor</name>
    <message>
        <source>The manifest has no usable spec.connection_specification, so there is no form for these values: %1 Add a connection specification to the manifest&apos;s spec first.</source>
        <translation>Das Manifest hat keine verwendbare spec.connection_specification, daher gibt es kein Formular für diese Werte: %1 Fügen Sie der spec des Manifests zuerst eine connection_specification hinzu.</translation>
    </message>
    <message>
        <source>Restored your unsaved values. Secrets are never kept in drafts; enter them again.</source>
        <translation>Ihre nicht gespeicherten Werte wurden wiederhergestellt. Secrets werden nie in Entwürfen aufbewahrt; geben Sie sie erneut ein.</translation>
    </message>
</context>
<context>
    <name>airdesk::gui::TextField</name>
    <message>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <source>Pick a date and time (UTC)</source>
        <translation>Datum und Uhrzeit wählen (UTC)</translation>
    </message>
    <message>
        <source>Pick a date</source>
        <translation>Datum wählen</translation>
    </message>
</context>
<context>
    <name>airdesk::gui::WelcomePage</name>
    <message>
        <source>&lt;h1&gt;Welcome to Airdesk&lt;/h1&gt;</source>
        <translation>&lt;h1&gt;Willkommen bei Airdesk&lt;/h1&gt;</translation>
    </message>
    <message>
        <source>Manage Airbyte workspaces by point and click. Where do you want to start?</source>
        <translation>Airbyte-Arbeitsbereiche per Mausklick verwalten. Womit möchten Sie beginnen?</translation>
    </message>
    <message>
        <source>Try the sandbox</source>
        <translation>Sandbox ausprobieren</translation>
    </message>
    <message>
        <source>A demo workspace served by Airdesk itself, on this computer only.</source>
        <translation>Ein Demo-Arbeitsbereich, den Airdesk selbst bereitstellt, nur auf diesem Computer.</translation>
    </message>
    <message>
        <source>Airbyte Cloud…</source>
        <translation>Airbyte Cloud…</translation>
    </message>
    <message>
        <source>Connect with a client id and secret from Airbyte Cloud.</source>
        <translation>Mit Client-ID und Secret aus Airbyte Cloud verbinden.</translation>
    </message>
    <message>
        <source>Self-managed Airbyte…</source>
        <translation>Selbst verwaltetes Airbyte…</translation>
    </message>
    <message>
        <source>Connect to your own Airbyte, such as one started with abctl.</source>
        <translation>Mit Ihrem eigenen Airbyte verbinden, etwa einem mit abctl gestarteten.</translation>
    </message>
    <message>
        <source>For a local Airbyte started with abctl, &lt;code&gt;abctl local credentials&lt;/code&gt; prints the client id and secret.</source>
        <translation>Für ein lokales, mit abctl gestartetes Airbyte gibt &lt;code&gt;abctl local credentials&lt;/code&gt; Client-ID und Secret aus.</translation>
    </message>
    <message>
        <source>Use AIRBYTE_CLOUD_* from the environment</source>
        <translation>AIRBYTE_CLOUD_* aus der Umgebung verwenden</translation>
    </message>
    <message>
        <source>Make a profile from the credentials set in the environment.</source>
        <translation>Ein Profil aus den in der Umgebung gesetzten Zugangsdaten anlegen.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Airbyte Cloud</source>
        <translation>Airbyte Cloud</translation>
    </message>
    <message>
        <source>Local Airbyte</source>
        <translation>Lokales Airbyte</translation>
    </message>
</context>
<context>
    <name>airdesk::manifest</name>
    <message>
        <source>missing required property &apos;version&apos;</source>
        <translation>erforderliche Eigenschaft „version“ fehlt</translation>
    </message>
    <message>
        <source>expected string, found %1</source>
        <translation>Zeichenkette erwartet, %1 gefunden</translation>
    </message>
    <message>
        <source>must be &apos;DeclarativeSource&apos;</source>
        <translation>muss „DeclarativeSource“ sein</translation>
    </message>
    <message>
        <source>missing required property &apos;check&apos;</source>
        <translation>erforderliche Eigenschaft „check“ fehlt</translation>
    </message>
    <message>
        <source>needs a &apos;streams&apos; or &apos;dynamic_streams&apos; list</source>
        <translation>braucht eine „streams“- oder „dynamic_streams“-Liste</translation>
    </message>
    <message>
        <source>missing &apos;type: DeclarativeSource&apos; (needed to publish)</source>
        <translation>„type: DeclarativeSource“ fehlt (zum Veröffentlichen nötig)</translation>
    </message>
    <message>
        <source>missing &apos;spec&apos; with &apos;connection_specification&apos; (needed to publish: the server builds the connector&apos;s form from it)</source>
        <translation>„spec“ mit „connection_specification“ fehlt (zum Veröffentlichen nötig: Der Server baut daraus das Formular des Connectors)</translation>
    </message>
    <message>
        <source>missing &apos;connection_specification&apos; object written out here (needed to publish: the server reads it as written, without resolving references)</source>
        <translation>hier ausgeschriebenes „connection_specification“-Objekt fehlt (zum Veröffentlichen nötig: Der Server liest es wie geschrieben, ohne Verweise aufzulösen)</translation>
    </message>
</context>
<context>
    <name>airdesk::manifest::DeclarativeSchema</name>
    <message>
        <source>The declarative component schema cannot be read: %1</source>
        <translation>Das Schema der deklarativen Komponenten kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The file is not Airbyte&apos;s declarative component schema (no DeclarativeSource title or definitions).</source>
        <translation>Die Datei ist nicht das Schema der deklarativen Komponenten von Airbyte (kein DeclarativeSource-Titel und keine Definitionen).</translation>
    </message>
    <message>
        <source>The declarative component schema cannot be compiled: %1</source>
        <translation>Das Schema der deklarativen Komponenten kann nicht kompiliert werden: %1</translation>
    </message>
    <message>
        <source>No declarative component schema at %1.</source>
        <translation>Kein Schema der deklarativen Komponenten unter %1.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>airdesk::manifest::DeclarativeSchemaSource</name>
    <message>
        <source>No declarative component schema at %1.</source>
        <translation>Kein Schema der deklarativen Komponenten unter %1.</translation>
    </message>
    <message>
        <source>%1 names %2, which does not exist.</source>
        <translation>%1 verweist auf %2, das es nicht gibt.</translation>
    </message>
    <message>
        <source>Cannot create the cache folder for %1.</source>
        <translation>Der Cache-Ordner für %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>airdesk::manifest::ManifestPath</name>
    <message>
        <source>(root)</source>
        <translation>(Wurzel)</translation>
    </message>
</context>
<context>
    <name>airdesk::manifest::ManifestReferences::Resolver</name>
    <message>
        <source>circular reference &apos;%1&apos; (%2 -&gt; %1)</source>
        <translation>zirkulärer Verweis „%1“ (%2 -&gt; %1)</translation>
    </message>
    <message>
        <source>undefined reference &apos;%1&apos;</source>
        <translation>undefinierter Verweis „%1“</translation>
    </message>
</context>
<context>
    <name>airdesk::manifest::ManifestValidator</name>
    <message>
        <source>schema not available: structural checks only</source>
        <translation>Schema nicht verfügbar: nur strukturelle Prüfungen</translation>
    </message>
    <message>
        <source>the manifest must be a mapping at the top level</source>
        <translation>das Manifest muss auf oberster Ebene eine Zuordnung (Mapping) sein</translation>
    </message>
    <message>
        <source>does not match the declarative component schema</source>
        <translation>entspricht nicht dem Schema der deklarativen Komponenten</translation>
    </message>
</context>
<context>
    <name>airdesk::manifest::SchemaErrorFinder</name>
    <message>
        <source>expected %1, found %2</source>
        <translation>%1 erwartet, %2 gefunden</translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <source>%1 is not one of: %2</source>
        <translation>%1 ist keiner der Werte: %2</translation>
    </message>
    <message>
        <source>must be %1</source>
        <translation>muss %1 sein</translation>
    </message>
    <message numerus="yes">
        <source>needs at least %n item(s)</source>
        <translation>
            <numerusform>braucht mindestens %n Eintrag</numerusform>
            <numerusform>braucht mindestens %n Einträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>allows at most %n item(s)</source>
        <translation>
            <numerusform>erlaubt höchstens %n Eintrag</numerusform>
            <numerusform>erlaubt höchstens %n Einträge</numerusform>
        </translation>
    </message>
    <message>
        <source>repeats an earlier item; items must be unique</source>
        <translation>wiederholt einen früheren Eintrag; Einträge müssen eindeutig sein</translation>
    </message>
    <message>
        <source>must be at least %1</source>
        <translation>muss mindestens %1 sein</translation>
    </message>
    <message>
        <source>must be at most %1</source>
        <translation>darf höchstens %1 sein</translation>
    </message>
    <message numerus="yes">
        <source>needs at least %n character(s)</source>
        <translation>
            <numerusform>braucht mindestens %n Zeichen</numerusform>
            <numerusform>braucht mindestens %n Zeichen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>allows at most %n character(s)</source>
        <translation>
            <numerusform>erlaubt höchstens %n Zeichen</numerusform>
            <numerusform>erlaubt höchstens %n Zeichen</numerusform>
        </translation>
    </message>
    <message>
        <source>missing required property &apos;%1&apos;</source>
        <translation>erforderliche Eigenschaft „%1“ fehlt</translation>
    </message>
    <message>
        <source>unknown property &apos;%1&apos;</source>
        <translation>unbekannte Eigenschaft „%1“</translation>
    </message>
    <message>
        <source>unknown component type %1; expected one of: %2</source>
        <translation>unbekannter Komponententyp %1; erwartet wird einer von: %2</translation>
    </message>
    <message>
        <source>matches none of the allowed forms: %1</source>
        <translation>entspricht keiner der erlaubten Formen: %1</translation>
    </message>
    <message>
        <source>a %1 component</source>
        <translation>eine %1-Komponente</translation>
    </message>
    <message>
        <source>an object with %1</source>
        <translation>ein Objekt mit %1</translation>
    </message>
    <message>
        <source>one of %1</source>
        <translation>eines von %1</translation>
    </message>
    <message>
        <source>another form</source>
        <translation>eine andere Form</translation>
    </message>
</context>
<context>
    <name>airdesk::manifest::YamlToJson</name>
    <message>
        <source>Expected a single document, but found another one.</source>
        <translation>Ein einzelnes Dokument erwartet, aber ein weiteres gefunden.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>airdesk::manifest::YamlToJson::Builder</name>
    <message>
        <source>Only text keys are supported.</source>
        <translation>Nur Textschlüssel werden unterstützt.</translation>
    </message>
    <message>
        <source>An alias refers to a node that is not complete yet.</source>
        <translation>Ein Alias verweist auf einen noch nicht vollständigen Knoten.</translation>
    </message>
    <message>
        <source>The document is nested too deeply.</source>
        <translation>Das Dokument ist zu tief verschachtelt.</translation>
    </message>
    <message>
        <source>A merge key (&lt;&lt;) needs a mapping or a list of mappings.</source>
        <translation>Ein Merge-Schlüssel (&lt;&lt;) braucht ein Mapping oder eine Liste von Mappings.</translation>
    </message>
</context>
<context>
    <name>airdesk::models::ActorTableModel</name>
    <message>
        <source>Definition %1</source>
        <translation>Definition %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
</context>
<context>
    <name>airdesk::models::ConnectionTableModel</name>
    <message>
        <source>Job %1: %2, %3</source>
        <translation>Job %1: %2, %3</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Zeitplan</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Letzte Synchronisation</translation>
    </message>
    <message>
        <source>Streams</source>
        <translation>Streams</translation>
    </message>
    <message>
        <source>Prefix</source>
        <translation>Präfix</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>Deprecated</source>
        <translation>Veraltet</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>In Warteschlange</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Incomplete</source>
        <translation>Unvollständig</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
</context>
<context>
    <name>airdesk::models::DefinitionTableModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Docker</source>
        <translation>Docker</translation>
    </message>
    <message>
        <source>YAML</source>
        <translation>YAML</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
</context>
<context>
    <name>airdesk::models::JobTableModel</name>
    <message>
        <source>Job</source>
        <translation>Job</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Datensätze</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>Bytes</translation>
    </message>
</context>
<context>
    <name>airdesk::models::JobText</name>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>In Warteschlange</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Incomplete</source>
        <translation>Unvollständig</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
</context>
<context>
    <name>airdesk::models::JsonTreeModel</name>
    <message numerus="yes">
        <source>{%n member(s)}</source>
        <translation>
            <numerusform>{%n Element}</numerusform>
            <numerusform>{%n Elemente}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>[%n item(s)]</source>
        <translation>
            <numerusform>[%n Eintrag]</numerusform>
            <numerusform>[%n Einträge]</numerusform>
        </translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
</context>
<context>
    <name>airdesk::models::LogIndex</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Cannot map %1 into memory: %2</source>
        <translation>%1 kann nicht in den Speicher abgebildet werden: %2</translation>
    </message>
</context>
<context>
    <name>airdesk::models::LogModel</name>
    <message>
        <source>Line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>There is no log to save.</source>
        <translation>Es gibt kein Protokoll zum Speichern.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>%1 kann nicht gespeichert werden: %2</translation>
    </message>
</context>
<context>
    <name>airdesk::models::RecentJobsModel</name>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Job</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Datensätze</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>Bytes</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Manage Airbyte workspaces by point and click.</source>
        <translation>Airbyte-Arbeitsbereiche per Mausklick verwalten.</translation>
    </message>
    <message>
        <source>Save a picture of the main window to &lt;file&gt; and quit.</source>
        <translation>Ein Bild des Hauptfensters in &lt;file&gt; speichern und beenden.</translation>
    </message>
    <message>
        <source>Options for the embedded sandbox (as airdesk-sandbox takes them).</source>
        <translation>Optionen für die eingebaute Sandbox (wie airdesk-sandbox sie annimmt).</translation>
    </message>
    <message>
        <source>With --screenshot: the table to show (connections, sources, destinations or jobs).</source>
        <translation>Mit --screenshot: die anzuzeigende Tabelle (connections, sources, destinations oder jobs).</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a JSON object: %2</source>
        <translation>%1 ist kein JSON-Objekt: %2</translation>
    </message>
    <message>
        <source>the top level is not an object</source>
        <translation>die oberste Ebene ist kein Objekt</translation>
    </message>
    <message>
        <source>New connector</source>
        <translation>Neuer Connector</translation>
    </message>
    <message>
        <source>%1 cannot be used as a connector form: %2</source>
        <translation>%1 kann nicht als Connector-Formular verwendet werden: %2</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>%1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>With --screenshot: picture the deploy form for the connector spec &lt;file&gt; instead.</source>
        <translation>Mit --screenshot: stattdessen ein Bild des Bereitstellungsformulars für die Connector-Spezifikation &lt;file&gt; speichern.</translation>
    </message>
    <message>
        <source>Unknown page &quot;%1&quot;: use connections, sources, destinations, jobs or definitions.</source>
        <translation>Unbekannte Seite „%1“: Verwenden Sie connections, sources, destinations, jobs oder definitions.</translation>
    </message>
</context>
</TS>
