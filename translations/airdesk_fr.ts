<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>Invalid Docker definition</source>
        <translation>Définition Docker non valide</translation>
    </message>
    <message>
        <source>The list has no &quot;data&quot; array.</source>
        <translation>La liste ne contient pas de tableau «&#xa0;data&#xa0;».</translation>
    </message>
    <message>
        <source>Not supported by this server</source>
        <translation>Non pris en charge par ce serveur</translation>
    </message>
    <message>
        <source>This Airbyte server lists definitions but not which of them are custom (HTTP %1 for the Config API&apos;s list_for_workspace).</source>
        <translation>Ce serveur Airbyte liste les définitions mais n&apos;indique pas lesquelles sont personnalisées (HTTP %1 pour list_for_workspace de l&apos;API Config).</translation>
    </message>
    <message>
        <source>The definitions list has no &quot;%1&quot; array.</source>
        <translation>La liste des définitions ne contient pas de tableau «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>CronDescription</name>
    <message>
        <source>January</source>
        <translation>janvier</translation>
    </message>
    <message>
        <source>February</source>
        <translation>février</translation>
    </message>
    <message>
        <source>March</source>
        <translation>mars</translation>
    </message>
    <message>
        <source>April</source>
        <translation>avril</translation>
    </message>
    <message>
        <source>May</source>
        <translation>mai</translation>
    </message>
    <message>
        <source>June</source>
        <translation>juin</translation>
    </message>
    <message>
        <source>July</source>
        <translation>juillet</translation>
    </message>
    <message>
        <source>August</source>
        <translation>août</translation>
    </message>
    <message>
        <source>September</source>
        <translation>septembre</translation>
    </message>
    <message>
        <source>October</source>
        <translation>octobre</translation>
    </message>
    <message>
        <source>November</source>
        <translation>novembre</translation>
    </message>
    <message>
        <source>December</source>
        <translation>décembre</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>dimanche</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>lundi</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>mardi</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>mercredi</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>jeudi</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>vendredi</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>samedi</translation>
    </message>
    <message>
        <source>first</source>
        <translation>premier</translation>
    </message>
    <message>
        <source>second</source>
        <translation>deuxième</translation>
    </message>
    <message>
        <source>third</source>
        <translation>troisième</translation>
    </message>
    <message>
        <source>fourth</source>
        <translation>quatrième</translation>
    </message>
    <message>
        <source>fifth</source>
        <translation>cinquième</translation>
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
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>You have changes that are not saved. Discard them?</source>
        <translation>Certaines modifications ne sont pas enregistrées. Les abandonner&#xa0;?</translation>
    </message>
</context>
<context>
    <name>DraftStore</name>
    <message>
        <source>Cannot create %1</source>
        <translation>Impossible de créer %1</translation>
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
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>My workspace</source>
        <translation>Mon espace de travail</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type&#xa0;:</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Bac à sable</translation>
    </message>
    <message>
        <source>Airbyte Cloud</source>
        <translation>Airbyte Cloud</translation>
    </message>
    <message>
        <source>Self-managed</source>
        <translation>Autogéré</translation>
    </message>
    <message>
        <source>Environment variables</source>
        <translation>Variables d&apos;environnement</translation>
    </message>
    <message>
        <source>&amp;API URL:</source>
        <translation>URL de l&apos;&amp;API&#xa0;:</translation>
    </message>
    <message>
        <source>https://api.airbyte.com/v1</source>
        <translation>https://api.airbyte.com/v1</translation>
    </message>
    <message>
        <source>For a local Airbyte (abctl), use http://localhost:8000/api/public/v1 and the client id and secret that &lt;code&gt;abctl local credentials&lt;/code&gt; prints.</source>
        <translation>Pour un Airbyte local (abctl), utilisez http://localhost:8000/api/public/v1 ainsi que l&apos;identifiant client et le secret qu&apos;affiche &lt;code&gt;abctl local credentials&lt;/code&gt;.</translation>
    </message>
    <message>
        <source>&amp;Config API URL:</source>
        <translation>URL de l&apos;API &amp;Config&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Web URL:</source>
        <translation>URL &amp;web&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Workspace ID:</source>
        <translation>I&amp;dentifiant de l&apos;espace de travail&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Pick…</source>
        <translation>C&amp;hoisir…</translation>
    </message>
    <message>
        <source>List the workspaces these credentials can see</source>
        <translation>Lister les espaces de travail visibles avec ces identifiants</translation>
    </message>
    <message>
        <source>Workspaces</source>
        <translation>Espaces de travail</translation>
    </message>
    <message>
        <source>Authentication:</source>
        <translation>Authentification&#xa0;:</translation>
    </message>
    <message>
        <source>Client &amp;ID and secret</source>
        <translation>&amp;Identifiant client et secret</translation>
    </message>
    <message>
        <source>&amp;Bearer token</source>
        <translation>Jeton &amp;bearer</translation>
    </message>
    <message>
        <source>C&amp;lient ID:</source>
        <translation>Identifiant c&amp;lient&#xa0;:</translation>
    </message>
    <message>
        <source>Client &amp;secret:</source>
        <translation>&amp;Secret client&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>&amp;Jeton&#xa0;:</translation>
    </message>
    <message>
        <source>Sho&amp;w secret</source>
        <translation>Afficher le s&amp;ecret</translation>
    </message>
    <message>
        <source>Sc&amp;hedule minimum:</source>
        <translation>Intervalle minimal de &amp;planification&#xa0;:</translation>
    </message>
    <message>
        <source>The shortest time between scheduled syncs your plan allows; the schedule dialog warns below it.</source>
        <translation>L&apos;intervalle le plus court entre synchronisations planifiées que permet votre offre&#xa0;; la fenêtre de planification avertit en dessous.</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Tester la c&amp;onnexion</translation>
    </message>
    <message>
        <source>Connection status</source>
        <translation>État de la connexion</translation>
    </message>
    <message>
        <source>CA c&amp;ertificates:</source>
        <translation>Certi&amp;ficats d&apos;AC&#xa0;:</translation>
    </message>
    <message>
        <source>The system&apos;s certificate authorities only</source>
        <translation>Uniquement les autorités de certification du système</translation>
    </message>
    <message>
        <source>A PEM file of certificate authorities to trust besides the system&apos;s, for an Airbyte behind its own CA. Certificates and host names are always verified.</source>
        <translation>Un fichier PEM d&apos;autorités de certification à approuver en plus de celles du système, pour un Airbyte placé derrière sa propre AC. Les certificats et les noms d&apos;hôte sont toujours vérifiés.</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>Pa&amp;rcourir…</translation>
    </message>
    <message>
        <source>Choose a CA certificates file</source>
        <translation>Choisir un fichier de certificats d&apos;AC</translation>
    </message>
</context>
<context>
    <name>ScheduleDialog</name>
    <message>
        <source>Sync schedule</source>
        <translation>Planification de la synchronisation</translation>
    </message>
    <message>
        <source>Schedule type</source>
        <translation>Type de planification</translation>
    </message>
    <message>
        <source>&amp;Manual</source>
        <translation>&amp;Manuelle</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Manuel</translation>
    </message>
    <message>
        <source>&amp;Every…</source>
        <translation>&amp;Toutes les…</translation>
    </message>
    <message>
        <source>Every N hours or minutes</source>
        <translation>Toutes les N heures ou minutes</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>Fréquence</translation>
    </message>
    <message>
        <source>&amp;Cron</source>
        <translation>&amp;Cron</translation>
    </message>
    <message>
        <source>Cron expression</source>
        <translation>Expression cron</translation>
    </message>
    <message>
        <source>Quartz cron expression (seconds first)</source>
        <translation>Expression cron Quartz (secondes en premier)</translation>
    </message>
    <message>
        <source>Cron builder</source>
        <translation>Assistant cron</translation>
    </message>
    <message>
        <source>Common &amp;pattern:</source>
        <translation>Modèle co&amp;urant&#xa0;:</translation>
    </message>
    <message>
        <source>Common pattern</source>
        <translation>Modèle courant</translation>
    </message>
    <message>
        <source>&amp;Seconds</source>
        <translation>&amp;Secondes</translation>
    </message>
    <message>
        <source>Seconds</source>
        <translation>Secondes</translation>
    </message>
    <message>
        <source>M&amp;inutes</source>
        <translation>M&amp;inutes</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>&amp;Hours</source>
        <translation>&amp;Heures</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Heures</translation>
    </message>
    <message>
        <source>&amp;Day of month</source>
        <translation>&amp;Jour du mois</translation>
    </message>
    <message>
        <source>Day of month</source>
        <translation>Jour du mois</translation>
    </message>
    <message>
        <source>Mont&amp;h</source>
        <translation>M&amp;ois</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Day of &amp;week</source>
        <translation>Jour de la s&amp;emaine</translation>
    </message>
    <message>
        <source>Day of week</source>
        <translation>Jour de la semaine</translation>
    </message>
    <message>
        <source>&amp;Year</source>
        <translation>&amp;Année</translation>
    </message>
    <message>
        <source>Year (optional)</source>
        <translation>Année (facultative)</translation>
    </message>
    <message>
        <source>E&amp;xpression:</source>
        <translation>E&amp;xpression&#xa0;:</translation>
    </message>
    <message>
        <source>Expression</source>
        <translation>Expression</translation>
    </message>
    <message>
        <source>0 0 12 * * ?</source>
        <translation>0 0 12 * *&#xa0;?</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Unix cron hint</source>
        <translation>Conseil sur le cron Unix</translation>
    </message>
    <message>
        <source>&amp;Use the Quartz form</source>
        <translation>Utiliser la forme &amp;Quartz</translation>
    </message>
    <message>
        <source>Use the Quartz form</source>
        <translation>Utiliser la forme Quartz</translation>
    </message>
    <message>
        <source>Next 10 runs</source>
        <translation>10 prochaines exécutions</translation>
    </message>
    <message>
        <source>Next runs</source>
        <translation>Prochaines exécutions</translation>
    </message>
    <message>
        <source>Show in &amp;time zone:</source>
        <translation>Afficher dans le &amp;fuseau horaire&#xa0;:</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>Local</translation>
    </message>
    <message>
        <source>UTC</source>
        <translation>UTC</translation>
    </message>
    <message>
        <source>Time zone note</source>
        <translation>Remarque sur le fuseau horaire</translation>
    </message>
    <message>
        <source>Interval warning</source>
        <translation>Avertissement sur l&apos;intervalle</translation>
    </message>
    <message>
        <source>Server answer</source>
        <translation>Réponse du serveur</translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation>Boutons de la fenêtre</translation>
    </message>
</context>
<context>
    <name>ScheduleText</name>
    <message>
        <source>Manual</source>
        <translation>Manuel</translation>
    </message>
    <message>
        <source>Basic</source>
        <translation>Simple</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>Cron: %1</source>
        <translation>Cron&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 (UTC)</source>
        <translation>%1 (UTC)</translation>
    </message>
    <message>
        <source>Every minute</source>
        <translation>Toutes les minutes</translation>
    </message>
    <message numerus="yes">
        <source>Every %n minutes</source>
        <translation>
            <numerusform>Chaque minute</numerusform>
            <numerusform>Toutes les %n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>Every hour</source>
        <translation>Toutes les heures</translation>
    </message>
    <message numerus="yes">
        <source>Every %n hours</source>
        <translation>
            <numerusform>Chaque heure</numerusform>
            <numerusform>Toutes les %n heures</numerusform>
        </translation>
    </message>
    <message>
        <source>Every day</source>
        <translation>Tous les jours</translation>
    </message>
    <message numerus="yes">
        <source>Every %n days</source>
        <translation>
            <numerusform>Chaque jour</numerusform>
            <numerusform>Tous les %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>Toutes les semaines</translation>
    </message>
    <message numerus="yes">
        <source>Every %n weeks</source>
        <translation>
            <numerusform>Chaque semaine</numerusform>
            <numerusform>Toutes les %n semaines</numerusform>
        </translation>
    </message>
    <message>
        <source>Every month</source>
        <translation>Tous les mois</translation>
    </message>
    <message numerus="yes">
        <source>Every %n months</source>
        <translation>
            <numerusform>Chaque mois</numerusform>
            <numerusform>Tous les %n mois</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SchemaKeys</name>
    <message>
        <source>Enter a date as YYYY-MM-DD.</source>
        <translation>Saisissez une date au format AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>Enter a date and time as YYYY-MM-DDTHH:mm:ssZ.</source>
        <translation>Saisissez une date et une heure au format AAAA-MM-JJThh:mm:ssZ.</translation>
    </message>
    <message>
        <source>Enter an e-mail address.</source>
        <translation>Saisissez une adresse e-mail.</translation>
    </message>
    <message>
        <source>Enter an absolute URI such as https://example.com.</source>
        <translation>Saisissez un URI absolu, par exemple https://example.com.</translation>
    </message>
</context>
<context>
    <name>airdesk::api</name>
    <message>
        <source>Not configured</source>
        <translation>Non configuré</translation>
    </message>
    <message>
        <source>Cannot reach the server</source>
        <translation>Impossible de joindre le serveur</translation>
    </message>
    <message>
        <source>The server did not answer in time</source>
        <translation>Le serveur n&apos;a pas répondu à temps</translation>
    </message>
    <message>
        <source>Authentication failed</source>
        <translation>Échec de l&apos;authentification</translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation>Non autorisé</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Introuvable</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflit</translation>
    </message>
    <message>
        <source>The server rejected the request</source>
        <translation>Le serveur a refusé la requête</translation>
    </message>
    <message>
        <source>Too many requests</source>
        <translation>Trop de requêtes</translation>
    </message>
    <message>
        <source>Server error</source>
        <translation>Erreur du serveur</translation>
    </message>
    <message>
        <source>Unexpected answer from the server</source>
        <translation>Réponse inattendue du serveur</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>The server answered with %1 instead of JSON; a proxy or sign-in page may be in the way.</source>
        <translation>Le serveur a répondu avec %1 au lieu de JSON&#xa0;; un proxy ou une page de connexion fait peut-être obstacle.</translation>
    </message>
    <message>
        <source>The answer is not valid JSON (%1 at byte %2).</source>
        <translation>La réponse n&apos;est pas du JSON valide (%1 à l&apos;octet %2).</translation>
    </message>
</context>
<context>
    <name>airdesk::api::ActorService</name>
    <message>
        <source>source</source>
        <translation>source</translation>
    </message>
    <message>
        <source>destination</source>
        <translation>destination</translation>
    </message>
    <message>
        <source>Name missing</source>
        <translation>Nom manquant</translation>
    </message>
    <message>
        <source>A new %1 needs a name.</source>
        <translation>Une nouvelle %1 doit avoir un nom.</translation>
    </message>
    <message>
        <source>Connector type missing</source>
        <translation>Type de connecteur manquant</translation>
    </message>
    <message>
        <source>Say which connector the %1 uses: a definition id, or its type name (&quot;%2&quot;).</source>
        <translation>Indiquez le connecteur qu&apos;utilise la %1&#xa0;: un identifiant de définition ou son nom de type («&#xa0;%2&#xa0;»).</translation>
    </message>
    <message>
        <source>Name already used</source>
        <translation>Nom déjà utilisé</translation>
    </message>
    <message>
        <source>A %1 named &quot;%2&quot; already exists in this workspace. Choose another name, or allow duplicates.</source>
        <translation>Une %1 nommée «&#xa0;%2&#xa0;» existe déjà dans cet espace de travail. Choisissez un autre nom ou autorisez les doublons.</translation>
    </message>
    <message>
        <source>Safe mode</source>
        <translation>Mode sécurisé</translation>
    </message>
</context>
<context>
    <name>airdesk::api::ApiError</name>
    <message>
        <source> [request %1]</source>
        <translation> [requête %1]</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Erreur&#xa0;: %1</translation>
    </message>
    <message>
        <source>HTTP status: %1</source>
        <translation>Statut HTTP&#xa0;: %1</translation>
    </message>
    <message>
        <source>Request: %1 %2</source>
        <translation>Requête&#xa0;: %1 %2</translation>
    </message>
    <message>
        <source>Problem type: %1</source>
        <translation>Type de problème&#xa0;: %1</translation>
    </message>
    <message>
        <source>Request id: %1</source>
        <translation>Identifiant de requête&#xa0;: %1</translation>
    </message>
    <message>
        <source>Retrying may help: %1</source>
        <translation>Réessayer peut aider&#xa0;: %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>The server gave no explanation (error id %1).</source>
        <translation>Le serveur n&apos;a donné aucune explication (identifiant d&apos;erreur %1).</translation>
    </message>
</context>
<context>
    <name>airdesk::api::ApiRoots</name>
    <message>
        <source>The API URL &quot;%1&quot; is not an http or https address.</source>
        <translation>L&apos;URL de l&apos;API «&#xa0;%1&#xa0;» n&apos;est pas une adresse http ou https.</translation>
    </message>
    <message>
        <source>Cannot derive the Config API URL from &quot;%1&quot;; give it explicitly (self-managed servers use &lt;host&gt;/api/v1).</source>
        <translation>Impossible de déduire l&apos;URL de l&apos;API Config de «&#xa0;%1&#xa0;»&#xa0;; indiquez-la explicitement (les serveurs autogérés utilisent &lt;host&gt;/api/v1).</translation>
    </message>
    <message>
        <source>The Config API URL &quot;%1&quot; is not an http or https address.</source>
        <translation>L&apos;URL de l&apos;API Config «&#xa0;%1&#xa0;» n&apos;est pas une adresse http ou https.</translation>
    </message>
    <message>
        <source>The web URL &quot;%1&quot; is not an http or https address.</source>
        <translation>L&apos;URL web «&#xa0;%1&#xa0;» n&apos;est pas une adresse http ou https.</translation>
    </message>
</context>
<context>
    <name>airdesk::api::ApiTls</name>
    <message>
        <source>Cannot read the CA bundle %1: %2</source>
        <translation>Impossible de lire le bundle d&apos;autorités de certification %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The CA bundle %1 is larger than 16 MB; it cannot be a certificate bundle.</source>
        <translation>Le bundle d&apos;autorités de certification %1 dépasse 16 Mo&#xa0;; il ne peut pas s&apos;agir d&apos;un bundle de certificats.</translation>
    </message>
    <message>
        <source>The CA bundle %1 cannot be used: %2</source>
        <translation>Le bundle d&apos;autorités de certification %1 est inutilisable&#xa0;: %2</translation>
    </message>
    <message>
        <source>it holds no PEM certificate (&quot;-----BEGIN CERTIFICATE-----&quot;).</source>
        <translation>il ne contient aucun certificat PEM («&#xa0;-----BEGIN CERTIFICATE-----&#xa0;»).</translation>
    </message>
    <message>
        <source>the certificate &quot;%1&quot; is not valid now (valid from %2 to %3).</source>
        <translation>le certificat «&#xa0;%1&#xa0;» n&apos;est pas valide actuellement (valide du %2 au %3).</translation>
    </message>
</context>
<context>
    <name>airdesk::api::ArtifactService</name>
    <message>
        <source>Not a connection state: %1</source>
        <translation>Pas un état de connexion&#xa0;: %1</translation>
    </message>
    <message>
        <source>The state cannot be replaced while a sync is running</source>
        <translation>L&apos;état ne peut pas être remplacé pendant une synchronisation</translation>
    </message>
    <message>
        <source>The connection has no &quot;syncCatalog&quot; object.</source>
        <translation>La connexion n&apos;a pas d&apos;objet «&#xa0;syncCatalog&#xa0;».</translation>
    </message>
    <message>
        <source>The updated connection has no &quot;syncCatalog&quot; object.</source>
        <translation>La connexion mise à jour n&apos;a pas d&apos;objet «&#xa0;syncCatalog&#xa0;».</translation>
    </message>
</context>
<context>
    <name>airdesk::api::ConnectionService</name>
    <message>
        <source>Wrong workspace</source>
        <translation>Mauvais espace de travail</translation>
    </message>
    <message>
        <source>Connection &apos;%1&apos; belongs to workspace &apos;%2&apos;, not &apos;%3&apos;.</source>
        <translation>La connexion «&#xa0;%1&#xa0;» appartient à l&apos;espace de travail «&#xa0;%2&#xa0;», pas à «&#xa0;%3&#xa0;».</translation>
    </message>
    <message>
        <source>No streams selected</source>
        <translation>Aucun flux sélectionné</translation>
    </message>
    <message>
        <source>Select at least one stream for the new connection.</source>
        <translation>Sélectionnez au moins un flux pour la nouvelle connexion.</translation>
    </message>
    <message>
        <source>A connection needs at least one selected stream.</source>
        <translation>Une connexion doit avoir au moins un flux sélectionné.</translation>
    </message>
    <message>
        <source>This looks like a 5-field Unix cron; Airbyte uses Quartz (seconds first). Try &quot;%1&quot;.</source>
        <translation>Cela ressemble à un cron Unix à 5 champs&#xa0;; Airbyte utilise Quartz (secondes en premier). Essayez «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Invalid cron expression</source>
        <translation>Expression cron non valide</translation>
    </message>
    <message>
        <source>Safe mode</source>
        <translation>Mode sécurisé</translation>
    </message>
    <message>
        <source>connection</source>
        <translation>connexion</translation>
    </message>
    <message>
        <source>source</source>
        <translation>source</translation>
    </message>
    <message>
        <source>destination</source>
        <translation>destination</translation>
    </message>
    <message>
        <source>The stream list is not an array.</source>
        <translation>La liste des flux n&apos;est pas un tableau.</translation>
    </message>
</context>
<context>
    <name>airdesk::api::Credentials</name>
    <message>
        <source>Give either a bearer token or a client id and secret, not both.</source>
        <translation>Indiquez soit un jeton bearer, soit un identifiant client et son secret, pas les deux.</translation>
    </message>
    <message>
        <source>A client id was given without its client secret.</source>
        <translation>Un identifiant client a été donné sans son secret client.</translation>
    </message>
    <message>
        <source>A client secret was given without its client id.</source>
        <translation>Un secret client a été donné sans son identifiant client.</translation>
    </message>
    <message>
        <source>No credentials: give a bearer token, or a client id and secret.</source>
        <translation>Aucun identifiant&#xa0;: indiquez un jeton bearer, ou un identifiant client et son secret.</translation>
    </message>
    <message>
        <source>bearer token</source>
        <translation>jeton bearer</translation>
    </message>
    <message>
        <source>client id %1</source>
        <translation>identifiant client %1</translation>
    </message>
</context>
<context>
    <name>airdesk::api::DeclarativeDefinitionService</name>
    <message>
        <source>The manifest is empty.</source>
        <translation>Le manifeste est vide.</translation>
    </message>
    <message>
        <source>The manifest has no &quot;version&quot; (the CDK version it was written for, e.g. &quot;6.44.0&quot;).</source>
        <translation>Le manifeste n&apos;a pas de «&#xa0;version&#xa0;» (la version du CDK pour laquelle il a été écrit, par exemple «&#xa0;6.44.0&#xa0;»).</translation>
    </message>
    <message>
        <source>The manifest has no &quot;type&quot;; it must be &quot;DeclarativeSource&quot;.</source>
        <translation>Le manifeste n&apos;a pas de «&#xa0;type&#xa0;»&#xa0;; il doit valoir «&#xa0;DeclarativeSource&#xa0;».</translation>
    </message>
    <message>
        <source>The manifest&apos;s &quot;type&quot; is &quot;%1&quot;; it must be &quot;DeclarativeSource&quot;.</source>
        <translation>Le «&#xa0;type&#xa0;» du manifeste est «&#xa0;%1&#xa0;»&#xa0;; il doit valoir «&#xa0;DeclarativeSource&#xa0;».</translation>
    </message>
    <message>
        <source>not a string</source>
        <translation>pas une chaîne</translation>
    </message>
    <message>
        <source>The manifest has no &quot;spec&quot; object; the server needs &quot;spec.connection_specification&quot; to build the connector&apos;s form.</source>
        <translation>Le manifeste n&apos;a pas d&apos;objet «&#xa0;spec&#xa0;»&#xa0;; le serveur a besoin de «&#xa0;spec.connection_specification&#xa0;» pour construire le formulaire du connecteur.</translation>
    </message>
    <message>
        <source>The manifest&apos;s &quot;spec&quot; has no &quot;connection_specification&quot; object; the server needs it to build the connector&apos;s form.</source>
        <translation>La «&#xa0;spec&#xa0;» du manifeste n&apos;a pas d&apos;objet «&#xa0;connection_specification&#xa0;»&#xa0;; le serveur en a besoin pour construire le formulaire du connecteur.</translation>
    </message>
    <message>
        <source>The manifest has neither a &quot;streams&quot; nor a &quot;dynamic_streams&quot; list.</source>
        <translation>Le manifeste n&apos;a ni liste «&#xa0;streams&#xa0;» ni liste «&#xa0;dynamic_streams&#xa0;».</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>et %n autre</numerusform>
            <numerusform>et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>The manifest fails the CDK&apos;s validation: %1</source>
        <translation>Le manifeste échoue à la validation du CDK&#xa0;: %1</translation>
    </message>
    <message>
        <source>Missing name</source>
        <translation>Nom manquant</translation>
    </message>
    <message>
        <source>A custom source definition needs a name.</source>
        <translation>Une définition de source personnalisée doit avoir un nom.</translation>
    </message>
    <message>
        <source>Invalid manifest</source>
        <translation>Manifeste non valide</translation>
    </message>
    <message>
        <source>Not a custom source definition: %1</source>
        <translation>Pas une définition de source personnalisée&#xa0;: %1</translation>
    </message>
    <message>
        <source>The list has no &quot;data&quot; array.</source>
        <translation>La liste ne contient pas de tableau «&#xa0;data&#xa0;».</translation>
    </message>
    <message>
        <source>Name already used</source>
        <translation>Nom déjà utilisé</translation>
    </message>
    <message>
        <source>The workspace already has a custom source definition named &quot;%1&quot; (id %2).</source>
        <translation>L&apos;espace de travail a déjà une définition de source personnalisée nommée «&#xa0;%1&#xa0;» (identifiant %2).</translation>
    </message>
    <message>
        <source>The definition &quot;%1&quot; was created (id %2), but its testing values were not stored: %3</source>
        <translation>La définition «&#xa0;%1&#xa0;» a été créée (identifiant %2), mais ses valeurs de test n&apos;ont pas été enregistrées&#xa0;: %3</translation>
    </message>
    <message>
        <source>Safe mode</source>
        <translation>Mode sécurisé</translation>
    </message>
    <message>
        <source>custom source definition</source>
        <translation>définition de source personnalisée</translation>
    </message>
    <message>
        <source>No Connector Builder project</source>
        <translation>Aucun projet Connector Builder</translation>
    </message>
    <message>
        <source>The definition %1 has no Connector Builder project.</source>
        <translation>La définition %1 n&apos;a pas de projet Connector Builder.</translation>
    </message>
    <message>
        <source>A source needs a name.</source>
        <translation>Une source doit avoir un nom.</translation>
    </message>
    <message>
        <source>Not a source: %1</source>
        <translation>Pas une source&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>airdesk::api::DeclarativeSchemaDownload</name>
    <message>
        <source>Could not download the schema from %1: HTTP %2</source>
        <translation>Impossible de télécharger le schéma depuis %1&#xa0;: HTTP %2</translation>
    </message>
    <message>
        <source>Could not download the schema from %1: %2</source>
        <translation>Impossible de télécharger le schéma depuis %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>airdesk::api::DockerDefinitionService</name>
    <message>
        <source>A Docker definition needs a name.</source>
        <translation>Une définition Docker doit avoir un nom.</translation>
    </message>
    <message>
        <source>A Docker definition needs the image repository, e.g. &quot;ghcr.io/acme/source-orders&quot;.</source>
        <translation>Une définition Docker nécessite le dépôt de l&apos;image, par exemple «&#xa0;ghcr.io/acme/source-orders&#xa0;».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Docker image repository (lower-case names separated by &quot;/&quot;, optionally after a registry host; no tag).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un dépôt d&apos;image Docker (noms en minuscules séparés par «&#xa0;/&#xa0;», éventuellement précédés d&apos;un hôte de registre&#xa0;; sans tag).</translation>
    </message>
    <message>
        <source>A Docker definition needs the image tag, e.g. &quot;1.0.0&quot;.</source>
        <translation>Une définition Docker nécessite le tag de l&apos;image, par exemple «&#xa0;1.0.0&#xa0;».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Docker image tag (letters, digits, &quot;_&quot;, &quot;.&quot; and &quot;-&quot;, at most 128).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un tag d&apos;image Docker (lettres, chiffres, «&#xa0;_&#xa0;», «&#xa0;.&#xa0;» et «&#xa0;-&#xa0;», 128 au plus).</translation>
    </message>
    <message>
        <source>The documentation URL &quot;%1&quot; is not an http(s) address.</source>
        <translation>L&apos;URL de documentation «&#xa0;%1&#xa0;» n&apos;est pas une adresse http(s).</translation>
    </message>
    <message>
        <source>Not a connector definition: %1</source>
        <translation>Pas une définition de connecteur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Not supported by this server</source>
        <translation>Non pris en charge par ce serveur</translation>
    </message>
    <message>
        <source>This Airbyte server does not allow custom Docker definitions to be created or changed (Airbyte Cloud accepts only custom YAML definitions). The server said: %1</source>
        <translation>Ce serveur Airbyte ne permet pas de créer ni de modifier des définitions Docker personnalisées (Airbyte Cloud n&apos;accepte que des définitions YAML personnalisées). Réponse du serveur&#xa0;: %1</translation>
    </message>
    <message>
        <source>This Airbyte server does not offer custom Docker definitions through its public API (HTTP %1 for %2 definitions). Manage the image in the web app under Settings → Sources instead. The server said: %3</source>
        <translation>Ce serveur Airbyte ne propose pas de définitions Docker personnalisées via son API publique (HTTP %1 pour %2 sur les définitions). Gérez plutôt l&apos;image dans l&apos;application web, sous Settings → Sources. Réponse du serveur&#xa0;: %3</translation>
    </message>
    <message>
        <source>Safe mode</source>
        <translation>Mode sécurisé</translation>
    </message>
    <message>
        <source>custom Docker definition</source>
        <translation>définition Docker personnalisée</translation>
    </message>
</context>
<context>
    <name>airdesk::api::JobService</name>
    <message>
        <source>Not a job: %1</source>
        <translation>Pas une tâche&#xa0;: %1</translation>
    </message>
    <message>
        <source>A sync is already running for this connection</source>
        <translation>Une synchronisation est déjà en cours pour cette connexion</translation>
    </message>
    <message>
        <source>=== Attempt %1 of %2 ===</source>
        <translation>=== Tentative %1 sur %2 ===</translation>
    </message>
    <message>
        <source>Not a job with attempts: %1</source>
        <translation>Pas une tâche avec tentatives&#xa0;: %1</translation>
    </message>
    <message>
        <source>No such attempt</source>
        <translation>Tentative inexistante</translation>
    </message>
    <message numerus="yes">
        <source>Job %1 has %n attempt(s); there is no attempt number %2.</source>
        <translation>
            <numerusform>La tâche %1 a %n tentative&#xa0;; il n&apos;y a pas de tentative numéro %2.</numerusform>
            <numerusform>La tâche %1 a %n tentatives&#xa0;; il n&apos;y a pas de tentative numéro %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>airdesk::api::ListFetcher</name>
    <message>
        <source>A list page has no &quot;data&quot; array.</source>
        <translation>Une page de liste ne contient pas de tableau «&#xa0;data&#xa0;».</translation>
    </message>
    <message>
        <source>The server sent %1 rows for a page of at most %2; the list cannot be read reliably.</source>
        <translation>Le serveur a envoyé %1 lignes pour une page d&apos;au plus %2&#xa0;; la liste ne peut pas être lue de manière fiable.</translation>
    </message>
</context>
<context>
    <name>airdesk::api::ServiceCalls</name>
    <message>
        <source>The answer is not a JSON object.</source>
        <translation>La réponse n&apos;est pas un objet JSON.</translation>
    </message>
</context>
<context>
    <name>airdesk::api::SyncWatcher</name>
    <message>
        <source>The connection to the workspace was closed.</source>
        <translation>La connexion à l&apos;espace de travail a été fermée.</translation>
    </message>
    <message>
        <source>Not a job: %1</source>
        <translation>Pas une tâche&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>airdesk::api::TokenProvider</name>
    <message>
        <source>The token endpoint sent no token.</source>
        <translation>Le point de terminaison du jeton n&apos;a renvoyé aucun jeton.</translation>
    </message>
    <message>
        <source>The credentials were refused</source>
        <translation>Les identifiants ont été refusés</translation>
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
        <translation>%1 et %2</translation>
    </message>
    <message>
        <source>%1 and later</source>
        <translation>%1 et après</translation>
    </message>
    <message>
        <source>%1 through %2</source>
        <translation>de %1 à %2</translation>
    </message>
    <message numerus="yes">
        <source>every %n seconds</source>
        <translation>
            <numerusform>chaque seconde</numerusform>
            <numerusform>toutes les %n secondes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n seconds, starting at %1 seconds past the minute</source>
        <translation>
            <numerusform>chaque seconde, à partir de la seconde %1 de chaque minute</numerusform>
            <numerusform>toutes les %n secondes, à partir de la seconde %1 de chaque minute</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n seconds, seconds %1 through %2 past the minute</source>
        <translation>
            <numerusform>chaque seconde, de la seconde %1 à la seconde %2 de chaque minute</numerusform>
            <numerusform>toutes les %n secondes, de la seconde %1 à la seconde %2 de chaque minute</numerusform>
        </translation>
    </message>
    <message>
        <source>at 1 second past the minute</source>
        <translation>à la seconde 1 de chaque minute</translation>
    </message>
    <message>
        <source>at %1 seconds past the minute</source>
        <translation>à la seconde %1 de chaque minute</translation>
    </message>
    <message>
        <source>at seconds %1 past the minute</source>
        <translation>aux secondes %1 de chaque minute</translation>
    </message>
    <message numerus="yes">
        <source>every %n minutes</source>
        <translation>
            <numerusform>chaque minute</numerusform>
            <numerusform>toutes les %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n minutes, starting at %1 minutes past the hour</source>
        <translation>
            <numerusform>chaque minute, à partir de la minute %1 de chaque heure</numerusform>
            <numerusform>toutes les %n minutes, à partir de la minute %1 de chaque heure</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n minutes, minutes %1 through %2 past the hour</source>
        <translation>
            <numerusform>chaque minute, de la minute %1 à la minute %2 de chaque heure</numerusform>
            <numerusform>toutes les %n minutes, de la minute %1 à la minute %2 de chaque heure</numerusform>
        </translation>
    </message>
    <message>
        <source>at 1 minute past the hour</source>
        <translation>à la minute 1 de chaque heure</translation>
    </message>
    <message>
        <source>at %1 minutes past the hour</source>
        <translation>à la minute %1 de chaque heure</translation>
    </message>
    <message>
        <source>at minutes %1 past the hour</source>
        <translation>aux minutes %1 de chaque heure</translation>
    </message>
    <message numerus="yes">
        <source>every %n hours</source>
        <translation>
            <numerusform>chaque heure</numerusform>
            <numerusform>toutes les %n heures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n hours, starting at %1</source>
        <translation>
            <numerusform>chaque heure, à partir de %1</numerusform>
            <numerusform>toutes les %n heures, à partir de %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n hours, between %1 and %2</source>
        <translation>
            <numerusform>chaque heure, entre %1 et %2</numerusform>
            <numerusform>toutes les %n heures, entre %1 et %2</numerusform>
        </translation>
    </message>
    <message>
        <source>during hours %1</source>
        <translation>pendant les heures %1</translation>
    </message>
    <message>
        <source>between %1 and %2</source>
        <translation>entre %1 et %2</translation>
    </message>
    <message>
        <source>at %1</source>
        <translation>à %1</translation>
    </message>
    <message>
        <source>every second</source>
        <translation>chaque seconde</translation>
    </message>
    <message>
        <source>every minute</source>
        <translation>chaque minute</translation>
    </message>
    <message>
        <source>every hour</source>
        <translation>chaque heure</translation>
    </message>
    <message>
        <source>on the last weekday of the month</source>
        <translation>le dernier jour ouvré du mois</translation>
    </message>
    <message>
        <source>on the weekday nearest the day before the last day of the month</source>
        <translation>le jour ouvré le plus proche de l&apos;avant-dernier jour du mois</translation>
    </message>
    <message numerus="yes">
        <source>on the weekday nearest the day %n days before the last day of the month</source>
        <translation>
            <numerusform>le jour ouvré le plus proche du jour situé %n jour avant le dernier jour du mois</numerusform>
            <numerusform>le jour ouvré le plus proche du jour situé %n jours avant le dernier jour du mois</numerusform>
        </translation>
    </message>
    <message>
        <source>on the last day of the month</source>
        <translation>le dernier jour du mois</translation>
    </message>
    <message>
        <source>on the day before the last day of the month</source>
        <translation>l&apos;avant-dernier jour du mois</translation>
    </message>
    <message numerus="yes">
        <source>on the day %n days before the last day of the month</source>
        <translation>
            <numerusform>%n jour avant le dernier jour du mois</numerusform>
            <numerusform>%n jours avant le dernier jour du mois</numerusform>
        </translation>
    </message>
    <message>
        <source>on the weekday nearest day %1 of the month</source>
        <translation>le jour ouvré le plus proche du %1 du mois</translation>
    </message>
    <message>
        <source>on the weekday nearest days %1 of the month</source>
        <translation>les jours ouvrés les plus proches des jours %1 du mois</translation>
    </message>
    <message numerus="yes">
        <source>every %n days</source>
        <translation>
            <numerusform>chaque jour</numerusform>
            <numerusform>tous les %n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n days, starting on day %1 of the month</source>
        <translation>
            <numerusform>chaque jour, à partir du %1 du mois</numerusform>
            <numerusform>tous les %n jours, à partir du %1 du mois</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n days, days %1 through %2 of the month</source>
        <translation>
            <numerusform>chaque jour, du %1 au %2 du mois</numerusform>
            <numerusform>tous les %n jours, du %1 au %2 du mois</numerusform>
        </translation>
    </message>
    <message>
        <source>on day %1 of the month</source>
        <translation>le %1 du mois</translation>
    </message>
    <message>
        <source>on days %1 of the month</source>
        <translation>les jours %1 du mois</translation>
    </message>
    <message>
        <source>on the %1 %2 of the month</source>
        <translation>le %1 %2 du mois</translation>
    </message>
    <message>
        <source>on the last %1 of the month</source>
        <translation>le dernier %1 du mois</translation>
    </message>
    <message>
        <source>only on %1</source>
        <translation>uniquement le %1</translation>
    </message>
    <message numerus="yes">
        <source>every %n months</source>
        <translation>
            <numerusform>chaque mois</numerusform>
            <numerusform>tous les %n mois</numerusform>
        </translation>
    </message>
    <message>
        <source>only in %1</source>
        <translation>uniquement en %1</translation>
    </message>
    <message numerus="yes">
        <source>every %n years, starting in %1</source>
        <translation>
            <numerusform>chaque année, à partir de %1</numerusform>
            <numerusform>tous les %n ans, à partir de %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n years, %1 through %2</source>
        <translation>
            <numerusform>chaque année, de %1 à %2</numerusform>
            <numerusform>tous les %n ans, de %1 à %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>airdesk::domain::SafeMode</name>
    <message>
        <source>Safe mode refused to delete the %1 &quot;%2&quot;: its name must contain &quot;delete-me&quot; or &quot;deleteme&quot;. Rename it first, or turn safe mode off for this deletion.</source>
        <translation>Le mode sécurisé a refusé de supprimer la %1 «&#xa0;%2&#xa0;»&#xa0;: son nom doit contenir «&#xa0;delete-me&#xa0;» ou «&#xa0;deleteme&#xa0;». Renommez-la d&apos;abord, ou désactivez le mode sécurisé pour cette suppression.</translation>
    </message>
</context>
<context>
    <name>airdesk::gui::ActorPickerPage</name>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destination</translation>
    </message>
    <message>
        <source>Choose where the data comes from.</source>
        <translation>Choisissez d&apos;où viennent les données.</translation>
    </message>
    <message>
        <source>Choose where the data goes.</source>
        <translation>Choisissez où vont les données.</translation>
    </message>
    <message>
        <source>Search sources</source>
        <translation>Rechercher des sources</translation>
    </message>
    <message>
        <source>Search destinations</source>
        <translation>Rechercher des destinations</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Destinations</source>
        <translation>Destinations</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Could not load the list: %1</source>
        <translation>Impossible de charger la liste&#xa0;: %1</translation>
    </message>
    <message>
        <source>None in this workspace yet.</source>
        <translation>Aucune dans cet espace de travail pour l&apos;instant.</translation>
    </message>
</context>
<context>
    <name>airdesk::gui::ArtifactView</name>
    <message>
        <source>Select a connection.</source>
        <translation>Sélectionnez une connexion.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>The state could not be read: %1</source>
        <translation>Impossible de lire l&apos;état&#xa0;: %1</translation>
    </message>
    <message>
        <source>No state is stored for this connection (not set).</source>
        <translation>Aucun état n&apos;est enregistré pour cette connexion (non défini).</translation>
    </message>
    <message>
        <source>The catalog could not be read: %1</source>
        <translation>Impossible de lire le catalogue&#xa0;: %1</translation>
    </message>
    <message>
        <source>No configured catalog is stored for this connection (not set).</source>
        <translation>Aucun catalogue configuré n&apos;est enregistré pour cette connexion (non défini).</translation>
    </message>
</context>
<context>
    <name>airdesk::gui::BulkOperation</name>
    <message>
        <source>… %1: not finished</source>
        <translation>… %1&#xa0;: non terminé</translation>
    </message>
    <message>
        <source>✗ %1: %2</source>
        <translation>✗ %1&#xa0;: %2</translation>
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
        <translation>Activée&#xa0;: s&apos;exécute selon la planification</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Name the connection and choose how and when it syncs.</source>
        <translation>Nommez la connexion et choisissez comment et quand elle se synchronise.</translation>
    </message>
    <message>
        <source>Connection name</source>
        <translation>Nom de la connexion</translation>
    </message>
    <message>
        <source>Table prefix</source>
        <translation>Préfixe de table</translation>
    </message>
    <message>
        <source>e.g. stripe_</source>
        <translation>par ex. stripe_</translation>
    </message>
    <message>
        <source>Destination namespace</source>
        <translation>Espace de noms de destination</translation>
    </message>
    <message>
        <source>Destination default</source>
        <translation>Valeur par défaut de la destination</translation>
    </message>
    <message>
        <source>Mirror the source</source>
        <translation>Identique à la source</translation>
    </message>
    <message>
        <source>Custom format</source>
        <translation>Format personnalisé</translation>
    </message>
    <message>
        <source>Namespace format</source>
        <translation>Format de l&apos;espace de noms</translation>
    </message>
    <message>
        <source>Non-breaking schema changes</source>
        <translation>Modifications de schéma non bloquantes</translation>
    </message>
    <message>
        <source>Propagate column changes only</source>
        <translation>Propager uniquement les modifications de colonnes</translation>
    </message>
    <message>
        <source>Propagate all changes (streams and columns)</source>
        <translation>Propager toutes les modifications (flux et colonnes)</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <source>Pause the connection</source>
        <translation>Mettre la connexion en pause</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Table &amp;prefix:</source>
        <translation>&amp;Préfixe de table&#xa0;:</translation>
    </message>
    <message>
        <source>Destination name&amp;space:</source>
        <translation>&amp;Espace de noms de destination&#xa0;:</translation>
    </message>
    <message>
        <source>Namespace &amp;format:</source>
        <translation>&amp;Format de l&apos;espace de noms&#xa0;:</translation>
    </message>
    <message>
        <source>Non-breaking schema &amp;changes:</source>
        <translation>&amp;Modifications de schéma non bloquantes&#xa0;:</translation>
    </message>
    <message>
        <source>Schedule:</source>
        <translation>Planification&#xa0;:</translation>
    </message>
</context>
<context>
    <name>airdesk::gui::ConnectorEditorPane</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>A name for this connector</source>
        <translation>Un nom pour ce connecteur</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>This connector&apos;s specification cannot be used: %1</source>
        <translation>La spécification de ce connecteur est inutilisable&#xa0;: %1</translation>
    </message>
    <message>
        <source>Restored your unsaved draft. Secrets are never kept in drafts; enter them again.</source>
        <translation>Votre brouillon non enregistré a été restauré. Les secrets ne sont jamais conservés dans les brouillons&#xa0;; saisissez-les à nouveau.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Save &amp;logs…</source>
        <translation>Enregistrer le &amp;journal…</translation>
    </message>
    <message>
        <source>Writes the connection check&apos;s log to a text file.</source>
        <translation>Enregistre le journal de la vérification de la connexion dans un fichier texte.</translation>
    </message>
    <message>
        <source>%1 %2 s</source>
        <extracomment>%1 is what is being done (&quot;Testing the connection…&quot;), %2 the seconds since it started</extracomment>
        <translation>%1 %2&#xa0;s</translation>
    </message>
    <message>
        <source>The test could not run: %1</source>
        <translation>Le test n&apos;a pas pu s&apos;exécuter&#xa0;: %1</translation>
    </message>
    <message>
        <source>Origin: %1, type: %2</source>
        <translation>Origine&#xa0;: %1, type&#xa0;: %2</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>Internal message: %1</source>
        <translation>Message interne&#xa0;: %1</translation>
    </message>
    <message>
        <source>Stack trace:</source>
        <translation>Trace de la pile&#xa0;:</translation>
    </message>
    <message>
        <source>Log:</source>
        <translation>Journal&#xa0;:</translation>
    </message>
    <message>
        <source>The connector gave no reason.</source>
        <translation>Le connecteur n&apos;a donné aucune raison.</translation>
    </message>
    <message>
        <source>Save the check&apos;s log</source>
        <translation>Enregistrer le journal de la vérification</translation>
    </message>
    <message>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>Fichiers texte (*.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Could not save the log to %1: %2</source>
        <translation>Impossible d&apos;enregistrer le journal dans %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>airdesk::gui::DatePickerPopup</name>
    <message>
        <source>Calendar</source>
        <translation>Calendrier</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Heure (UTC)</translation>
    </message>
    <message>
        <source>&amp;Set</source>
        <translation>&amp;Appliquer</translation>
    </message>
    <message>
        <source>Time (UTC):</source>
        <translation>Heure (UTC)&#xa0;:</translation>
    </message>
</context>
<context>
    <name>airdesk::gui::DefinitionsView</name>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message numerus="yes">
        <source>%n definition(s)</source>
        <translation>
            <numerusform>%n définition</numerusform>
            <numerusform>%n définitions</numerusform>
        </translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>Ouverture…</translation>
    </message>
    <message>
        <source>%1, version %2</source>
        <translation>%1, version %2</translation>
    </message>
    <message>
        <source>List the definitions again</source>
        <translation>Lister à nouveau les définitions</translation>
    </message>
    <message>
        <source>Choose a definition in the list to see its manifest,
or start one with New (%1) or Open file (%2).</source>
        <translation>Choisissez une définition dans la liste pour voir son manifeste,
ou créez-en une avec Nouvelle (%1) ou Ouvrir un fichier (%2).</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Definition actions</source>
        <translation>Actions sur les définitions</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nouvelle</translation>
    </message>
    <message>
        <source>&amp;Open file…</source>
        <translation>&amp;Ouvrir un fichier…</translation>
    </message>
    <message>
        <source>&amp;Publish…</source>
        <translation>&amp;Publier…</translation>
    </message>
    <message>
        <source>&amp;Update</source>
        <translation>&amp;Mettre à jour</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>Open in Connector &amp;Builder</source>
        <translation>Ouvrir dans Connector &amp;Builder</translation>
    </message>
    <message>
        <source>Deploy a &amp;source…</source>
        <translation>&amp;Déployer une source…</translation>
    </message>
    <message>
        <source>New Doc&amp;ker source…</source>
        <translation>Nouvelle source Doc&amp;ker…</translation>
    </message>
    <message>
        <source>Registered the Docker source &quot;%1&quot; (%2:%3)</source>
        <translation>Source Docker «&#xa0;%1&#xa0;» enregistrée (%2:%3)</translation>
    </message>
    <message>
        <source>New definition (not published)</source>
        <translation>Nouvelle définition (non publiée)</translation>
    </message>
    <message>
        <source>Open a YAML manifest</source>
        <translation>Ouvrir un manifeste YAML</translation>
    </message>
    <message>
        <source>YAML manifests (*.yaml *.yml)</source>
        <translation>Manifestes YAML (*.yaml *.yml)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 (not published)</source>
        <translation>%1 (non publiée)</translation>
    </message>
    <message>
        <source>The manifest must be a YAML mapping.</source>
        <translation>Le manifeste doit être un mapping YAML.</translation>
    </message>
    <message>
        <source>The manifest is not valid YAML: %1</source>
        <translation>Le manifeste n&apos;est pas du YAML valide&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 (see line %2)</source>
        <translation>%1 (voir ligne %2)</translation>
    </message>
    <message>
        <source>Validating before publishing…</source>
        <translation>Validation avant publication…</translation>
    </message>
    <message>
        <source>The server&apos;s error concerns line %1.</source>
        <translation>L&apos;erreur du serveur concerne la ligne %1.</translation>
    </message>
    <message>
        <source>Published %1, version %2</source>
        <translation>%1 publiée, version %2</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>Mise à jour…</translation>
    </message>
    <message>
        <source>Not updated</source>
        <translation>Non mise à jour</translation>
    </message>
    <message>
        <source>%1 is now version %2</source>
        <translation>%1 est maintenant en version %2</translation>
    </message>
    <message>
        <source>Deleting…</source>
        <translation>Suppression…</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>Non supprimée</translation>
    </message>
    <message>
        <source>Looking up the Connector Builder project…</source>
        <translation>Recherche du projet Connector Builder…</translation>
    </message>
    <message>
        <source>Cannot open the Connector Builder</source>
        <translation>Impossible d&apos;ouvrir le Connector Builder</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 ouvert</translation>
    </message>
    <message>
        <source>Created the source &quot;%1&quot; (id %2)</source>
        <translation>Source «&#xa0;%1&#xa0;» créée (identifiant %2)</translation>
    </message>
    <message>
        <source>Custom source definitions</source>
        <translation>Définitions de sources personnalisées</translation>
    </message>
    <message>
        <source>Update Docker &amp;tag…</source>
        <translation>Mettre à jour le &amp;tag Docker…</translation>
    </message>
    <message>
        <source>Custom Docker definitions are not listed. %1</source>
        <translation>Les définitions Docker personnalisées ne sont pas listées. %1</translation>
    </message>
    <message>
        <source>Custom Docker source &quot;%1&quot;
Image %2:%3
%4

A Docker definition has no manifest. Change its image tag with Update Docker tag, or delete it.</source>
        <translation>Source Docker personnalisée «&#xa0;%1&#xa0;»
Image %2:%3
%4

Une définition Docker n&apos;a pas de manifeste. Changez le tag de son image avec Mettre à jour le tag Docker, ou supprimez-la.</translation>
    </message>
    <message>
        <source>No documentation URL</source>
        <translation>Aucune URL de documentation</translation>
    </message>
    <message>
        <source>Documentation: %1</source>
        <translation>Documentation&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 (Docker, %2:%3)</source>
        <translation>%1 (Docker, %2:%3)</translation>
    </message>
    <message>
        <source>%1 now runs %2:%3</source>
        <translation>%1 exécute maintenant %2:%3</translation>
    </message>
    <message>
        <source>Deleted the Docker definition.</source>
        <translation>Définition Docker supprimée.</translation>
    </message>
</context>
<context>
    <name>airdesk::gui::DeleteDefinitionDialog</name>
    <message>
        <source>&amp;Safe mode</source>
        <translation>&amp;Mode sécurisé</translation>
    </message>
    <message>
        <source>Delete custom source definition</source>
        <translation>Supprimer la définition de source personnalisée</translation>
    </message>
    <message numerus="yes">
        <source>Delete the custom source definition &quot;%1&quot; (all %n version(s)) and its Connector Builder project on the server? Sources created from it stop working. This cannot be undone.</source>
        <translation>
            <numerusform>Supprimer la définition de source personnalisée «&#xa0;%1&#xa0;» (%n version) et son projet Connector Builder sur le serveur&#xa0;? Les sources créées à partir de celle-ci cesseront de fonctionner. Cette action est irréversible.</numerusform>
            <numerusform>Supprimer la définition de source personnalisée «&#xa0;%1&#xa0;» (ses %n versions) et son projet Connector Builder sur le serveur&#xa0;? Les sources créées à partir de celle-ci cesseront de fonctionner. Cette action est irréversible.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Safe mode follows PyAirbyte&apos;s rule: a definition is deleted only when its name contains &quot;delete-me&quot; or &quot;deleteme&quot;, so a real connector is not deleted by mistake.</source>
        <translation>Le mode sécurisé suit la règle de PyAirbyte&#xa0;: une définition n&apos;est supprimée que si son nom contient «&#xa0;delete-me&#xa0;» ou «&#xa0;deleteme&#xa0;», afin qu&apos;un vrai connecteur ne soit pas supprimé par erreur.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not, so nothing can be deleted with safe mode on; turn it off to delete this definition.</source>
        <translation>Ce n&apos;est pas le cas de «&#xa0;%1&#xa0;»&#xa0;: rien ne peut donc être supprimé tant que le mode sécurisé est activé&#xa0;; désactivez-le pour supprimer cette définition.</translation>
    </message>
    <message>
        <source>Delete the custom Docker source definition &quot;%1&quot; (%2) on the server? Sources created from it stop working. This cannot be undone.</source>
        <translation>Supprimer la définition de source Docker personnalisée «&#xa0;%1&#xa0;» (%2) sur le serveur&#xa0;? Les sources créées à partir de celle-ci cesseront de fonctionner. Cette action est irréversible.</translation>
    </message>
</context>
<context>
    <name>airdesk::gui::DeleteDialog</name>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Supprimer %1</translation>
    </message>
    <message>
        <source>This deletes &quot;%1&quot; on the server. It cannot be undone.</source>
        <translation>Cela supprime «&#xa0;%1&#xa0;» sur le serveur. Cette action est irréversible.</translation>
    </message>
    <message>
        <source>This deletes these %1 %2 on the server. It cannot be undone.</source>
        <translation>Cela supprime ces %1 %2 sur le serveur. Cette action est irréversible.</translation>
    </message>
    <message>
        <source>Items to delete</source>
        <translation>Éléments à supprimer</translation>
    </message>
    <message numerus="yes">
        <source>The server also deletes the %n connection(s) that use it:</source>
        <translation>
            <numerusform>Le serveur supprime aussi la connexion qui l&apos;utilise&#xa0;:</numerusform>
            <numerusform>Le serveur supprime aussi les %n connexions qui l&apos;utilisent&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <source>Connections deleted too</source>
        <translation>Connexions également supprimées</translation>
    </message>
    <message>
        <source>Also delete the &amp;source (and every connection that uses it)</source>
        <translation>Supprimer aussi la &amp;source (et chaque connexion qui l&apos;utilise)</translation>
    </message>
    <message>
        <source>Also delete the d&amp;estination (and every connection that uses it)</source>
        <translation>Supprimer aussi la d&amp;estination (et chaque connexion qui l&apos;utilise)</translation>
    </message>
    <message>
        <source>Type the name to confirm:</source>
        <translation>Saisissez le nom pour confirmer&#xa0;:</translation>
    </message>
    <message>
        <source>Type the number of items (%1) to confirm:</source>
        <translation>Saisissez le nombre d&apos;éléments (%1) pour confirmer&#xa0;:</translation>
    </message>
    <message>
        <source>Confirmation</source>
        <translation>Confirmation</translation>
    </message>
</context>
<context>
    <name>airdesk::gui::DeployConnectorDialog</name>
    <message>
        <source>Refuse a name already in use</source>
        <translation>Refuser un nom déjà utilisé</translation>
    </message>
    <message>
        <source>Add a random suffix to the name</source>
        <translation>Ajouter un suffixe aléatoire au nom</translation>
    </message>
    <message>
        <source>New source</source>
        <translation>Nouvelle source</translation>
    </message>
    <message>
        <source>New destination</source>
        <translation>Nouvelle destination</translation>
    </message>
    <message>
        <source>Search connectors</source>
        <translation>Rechercher des connecteurs</translation>
    </message>
    <message>
        <source>Connectors</source>
        <translation>Connecteurs</translation>
    </message>
    <message>
        <source>Checks the workspace for the name before creating, as PyAirbyte does.</source>
        <translation>Vérifie la présence du nom dans l&apos;espace de travail avant la création, comme le fait PyAirbyte.</translation>
    </message>
    <message>
        <source>Loading connectors…</source>
        <translation>Chargement des connecteurs…</translation>
    </message>
    <message>
        <source>Could not load the connectors: %1</source>
        <translation>Impossible de charger les connecteurs&#xa0;: %1</translation>
    </message>
    <message>
        <source>Loading the %1 form…</source>
        <translation>Chargement du formulaire %1…</translation>
    </message>
    <message>
        <source>Could not load the connector&apos;s form: %1</source>
        <translation>Impossible de charger le formulaire du connecteur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was saved.</source>
        <translation>Annulé. Rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>Could not save: %1</source>
        <translation>Impossible d&apos;enregistrer&#xa0;: %1</translation>
    </message>
    <message>
        <source>Saving %1…</source>
        <translation>Enregistrement de %1…</translation>
    </message>
    <message>
        <source>Testing the connection to %1…</source>
        <translation>Test de la connexion à %1…</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Tester la c&amp;onnexion</translation>
    </message>
    <message>
        <source>Save &amp;without testing</source>
        <translation>Enregistrer &amp;sans tester</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Checks these settings with the connector. Nothing is saved.</source>
        <translation>Vérifie ces paramètres avec le connecteur. Rien n&apos;est enregistré.</translation>
    </message>
    <message>
        <source>Tests the connection first and saves only when it succeeds.</source>
        <translation>Teste d&apos;abord la connexion et n&apos;enregistre qu&apos;en cas de réussite.</translation>
    </message>
    <message>
        <source>Saves the connector without checking that it can connect.</source>
        <translation>Enregistre le connecteur sans vérifier qu&apos;il peut se connecter.</translation>
    </message>
    <message>
        <source>Cancel &amp;test</source>
        <translation>Annuler le &amp;test</translation>
    </message>
    <message>
        <source>The connection test succeeded. Nothing has been saved yet.</source>
        <translation>Le test de connexion a réussi. Rien n&apos;a encore été enregistré.</translation>
    </message>
    <message>
        <source>The connection test failed, so nothing was saved. Fix the settings, or save without testing.</source>
        <translation>Le test de connexion a échoué, rien n&apos;a donc été enregistré. Corrigez les paramètres ou enregistrez sans tester.</translation>
    </message>
    <message>
        <source>The connection test failed.</source>
        <translation>Le test de connexion a échoué.</translation>
    </message>
</context>
<context>
    <name>airdesk::gui::DeploySourceDialog</name>
    <message>
        <source>Deploy a source from &quot;%1&quot;</source>
        <translation>Déployer une source à partir de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Source name</source>
        <translation>Nom de la source</translation>
    </message>
    <message>
        <source>&amp;Deploy</source>
        <translation>&amp;Déployer</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Give the source a name.</source>
        <translation>Donnez un nom à la source.</translation>
    </message>
    <message>
        <source>Creating the source…</source>
        <translation>Création de la source…</translation>
    </message>
    <message>
        <source>Not created: %1</source>
        <translation>Non créée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Configuration (a form from the definition&apos;s specification):</source>
        <translation>Configuration (un formulaire issu de la spécification de la définition)&#xa0;:</translation>
    </message>
</context>
<context>
    <name>airdesk::gui::DesktopMenus</name>
    <message>
        <source>Se&amp;ttings</source>
        <translation>Paramè&amp;tres</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>Raccourcis &amp;clavier</translation>
    </message>
    <message>
        <source>&amp;About Airdesk</source>
        <translation>À &amp;propos d&apos;Airdesk</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>About Airdesk</source>
        <translation>À propos d&apos;Airdesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Airdesk %1&lt;/h3&gt;&lt;p&gt;Manage Airbyte workspaces by point and click: sources, destinations, connections, schedules and syncs.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Airdesk %1&lt;/h3&gt;&lt;p&gt;Gérez vos espaces de travail Airbyte en quelques clics&#xa0;: sources, destinations, connexions, planifications et synchronisations.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>airdesk::gui::DetailText</name>
    <message>
        <source>Open in the Airbyte web app</source>
        <translation>Ouvrir dans l&apos;application web Airbyte</translation>
    </message>
    <message>
        <source>Job history</source>
        <translation>Historique des tâches</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Espace de travail</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>(custom)</source>
        <translation>(personnalisé)</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>Définition</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <source>Configuration (secrets masked by the server)</source>
        <translation>Configuration (secrets masqués par le serveur)</translation>
    </message>
    <message>
        <source>No sync yet</source>
        <translation>Aucune synchronisation pour l&apos;instant</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destination</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Planification</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Dernière synchronisation</translation>
    </message>
    <message>
        <source>Prefix</source>
        <translation>Préfixe</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>Streams (%1)</source>
        <translation>Flux (%1)</translation>
    </message>
</context>
<context>
    <name>airdesk::gui::DockerDefinitionDialog</name>
    <message>
        <source>New custom Docker source</source>
        <translation>Nouvelle source Docker personnalisée</translation>
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
        <translation>https://docs.example.com/source-orders (facultatif)</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Créer</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Image &amp;repository:</source>
        <translation>&amp;Dépôt de l&apos;image&#xa0;:</translation>
    </message>
    <message>
        <source>Image &amp;tag:</source>
        <translation>&amp;Tag de l&apos;image&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Documentation URL:</source>
        <translation>URL de la d&amp;ocumentation&#xa0;:</translation>
    </message>
    <message>
        <source>The server pulls the image and runs its spec command when the definition is created.</source>
        <translation>Le serveur télécharge l&apos;image et exécute sa commande spec lors de la création de la définition.</translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation>Création…</translation>
    </message>
    <message>
        <source>Not created: %1</source>
        <translation>Non créée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Update custom Docker source &quot;%1&quot;</source>
        <translation>Mettre à jour la source Docker personnalisée «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>&amp;Update</source>
        <translation>&amp;Mettre à jour</translation>
    </message>
    <message>
        <source>Only the name and the tag can change; the server pulls the new tag when you update.</source>
        <translation>Seuls le nom et le tag peuvent changer&#xa0;; le serveur télécharge le nouveau tag lors de la mise à jour.</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>Mise à jour…</translation>
    </message>
    <message>
        <source>Not updated: %1</source>
        <translation>Non mise à jour&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>airdesk::gui::EditConnectionDialog</name>
    <message>
        <source>Enabled: run on the schedule</source>
        <translation>Activée&#xa0;: s&apos;exécute selon la planification</translation>
    </message>
    <message>
        <source>Edit connection %1</source>
        <translation>Modifier la connexion %1</translation>
    </message>
    <message>
        <source>Connection name</source>
        <translation>Nom de la connexion</translation>
    </message>
    <message>
        <source>Table prefix</source>
        <translation>Préfixe de table</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Table &amp;prefix:</source>
        <translation>&amp;Préfixe de table&#xa0;:</translation>
    </message>
    <message>
        <source>Schedule:</source>
        <translation>Planification&#xa0;:</translation>
    </message>
    <message>
        <source>Streams:</source>
        <translation>Flux&#xa0;:</translation>
    </message>
    <message>
        <source>Changing the selection replaces the connection&apos;s catalog: streams left out are de-selected and every stream goes back to its default sync mode.</source>
        <translation>Modifier la sélection remplace le catalogue de la connexion&#xa0;: les flux omis sont désélectionnés et chaque flux revient à son mode de synchronisation par défaut.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Could not load the connection: %1</source>
        <translation>Impossible de charger la connexion&#xa0;: %1</translation>
    </message>
    <message>
        <source>Could not read the streams: %1</source>
        <translation>Impossible de lire les flux&#xa0;: %1</translation>
    </message>
    <message>
        <source>Select at least one stream.</source>
        <translation>Sélectionnez au moins un flux.</translation>
    </message>
    <message>
        <source>Could not change the %1: %2</source>
        <translation>Impossible de modifier %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>name</source>
        <translation>le nom</translation>
    </message>
    <message>
        <source>table prefix</source>
        <translation>le préfixe de table</translation>
    </message>
    <message>
        <source>streams</source>
        <translation>les flux</translation>
    </message>
    <message>
        <source>schedule</source>
        <translation>la planification</translation>
    </message>
    <message>
        <source>state</source>
        <translation>l&apos;état</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
</context>
<context>
    <name>airdesk::gui::EditConnectorDialog</name>
    <message>
        <source>Edit %1</source>
        <translation>Modifier %1</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>Chargement de %1…</translation>
    </message>
    <message>
        <source>Could not load %1: %2</source>
        <translation>Impossible de charger %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Could not load the connector&apos;s form: %1</source>
        <translation>Impossible de charger le formulaire du connecteur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Could not save: %1</source>
        <translation>Impossible d&apos;enregistrer&#xa0;: %1</translation>
    </message>
    <message>
        <source>Could not rename: %1</source>
        <translation>Impossible de renommer&#xa0;: %1</translation>
    </message>
    <message>
        <source>Testing the connection to %1…</source>
        <translation>Test de la connexion à %1…</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Tester</translation>
    </message>
    <message>
        <source>Save &amp;without testing</source>
        <translation>Enregistrer &amp;sans tester</translation>
    </message>
    <message>
        <source>Checks the values shown, saved or not. Nothing is saved.</source>
        <translation>Vérifie les valeurs affichées, enregistrées ou non. Rien n&apos;est enregistré.</translation>
    </message>
    <message>
        <source>Tests the connection first and saves only when it succeeds.</source>
        <translation>Teste d&apos;abord la connexion et n&apos;enregistre qu&apos;en cas de réussite.</translation>
    </message>
    <message>
        <source>Saves without checking that the connector can connect.</source>
        <translation>Enregistre sans vérifier que le connecteur peut se connecter.</translation>
    </message>
    <message>
        <source>Cancel &amp;test</source>
        <translation>Annuler le &amp;test</translation>
    </message>
    <message>
        <source>The connection test succeeded. The changes are not saved yet.</source>
        <translation>Le test de connexion a réussi. Les modifications ne sont pas encore enregistrées.</translation>
    </message>
    <message>
        <source>The connection test succeeded.</source>
        <translation>Le test de connexion a réussi.</translation>
    </message>
    <message>
        <source>The connection test failed, so nothing was saved. Fix the settings, or save without testing.</source>
        <translation>Le test de connexion a échoué, rien n&apos;a donc été enregistré. Corrigez les paramètres ou enregistrez sans tester.</translation>
    </message>
    <message>
        <source>The connection test failed.</source>
        <translation>Le test de connexion a échoué.</translation>
    </message>
</context>
<context>
    <name>airdesk::gui::EnumField</name>
    <message>
        <source>Type to search…</source>
        <translation>Tapez pour rechercher…</translation>
    </message>
</context>
<context>
    <name>airdesk::gui::ErrorBar</name>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Show error details</source>
        <translation>Afficher les détails de l&apos;erreur</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <source>Dismiss the error</source>
        <translation>Ignorer l&apos;erreur</translation>
    </message>
    <message>
        <source>Error details</source>
        <translation>Détails de l&apos;erreur</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>airdesk::gui::FieldRow</name>
    <message>
        <source>Format: %1</source>
        <translation>Format&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1: problems</source>
        <translation>%1&#xa0;: problèmes</translation>
    </message>
    <message>
        <source>Required.</source>
        <translation>Obligatoire.</translation>
    </message>
    <message>
        <source>Must match the format %1.</source>
        <translation>Doit respecter le format %1.</translation>
    </message>
</context>
<context>
    <name>airdesk::gui::JobChartView</name>
    <message>
        <source>Records and bytes per job</source>
        <translation>Enregistrements et octets par tâche</translation>
    </message>
    <message>
        <source>Duration per job</source>
        <translation>Durée par tâche</translation>
    </message>
    <message>
        <source>Job %1 (%2)</source>
        <translation>Tâche %1 (%2)</translation>
    </message>
    <message>
        <source>Duration: %1</source>
        <translation>Durée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Records: %1</source>
        <translation>Enregistrements&#xa0;: %1</translation>
    </message>
    <message>
        <source>Bytes: %1</source>
        <translation>Octets&#xa0;: %1</translation>
    </message>
    <message>
        <source>Click to open the job</source>
        <translation>Cliquez pour ouvrir la tâche</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Enregistrements</translation>
    </message>
    <message>
        <source>Megabytes</source>
        <translation>Mégaoctets</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>Seconds</source>
        <translation>Secondes</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Réussies</translation>
    </message>
    <message>
        <source>Failed or cancelled</source>
        <translation>Échouée ou annulée</translation>
    </message>
    <message>
        <source>Running or other</source>
        <translation>En cours ou autre</translation>
    </message>
    <message>
        <source>MB</source>
        <translation>Mo</translation>
    </message>
</context>
<context>
    <name>airdesk::gui::JobDetailView</name>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Attempt</source>
        <translation>Tentative</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Enregistrements</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>Octets</translation>
    </message>
    <message>
        <source>Failure</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Loading job %1…</source>
        <translation>Chargement de la tâche %1…</translation>
    </message>
    <message>
        <source>Fetching the logs…</source>
        <translation>Récupération des journaux…</translation>
    </message>
    <message>
        <source>Job %1 could not be loaded.</source>
        <translation>Impossible de charger la tâche %1.</translation>
    </message>
    <message>
        <source>No job chosen.</source>
        <translation>Aucune tâche choisie.</translation>
    </message>
    <message>
        <source>Job %1</source>
        <translation>Tâche %1</translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation>Créée le %1</translation>
    </message>
    <message>
        <source>took %1</source>
        <translation>durée %1</translation>
    </message>
    <message>
        <source>%1 records</source>
        <translation>%1 enregistrements</translation>
    </message>
    <message>
        <source>1 attempt</source>
        <translation>1 tentative</translation>
    </message>
    <message>
        <source>%1 attempts</source>
        <translation>%1 tentatives</translation>
    </message>
    <message>
        <source>Open the job history in the Airbyte web app</source>
        <translation>Ouvrir l&apos;historique des tâches dans l&apos;application web Airbyte</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en cours</translation>
    </message>
</context>
<context>
    <name>airdesk::gui::JobHistoryView</name>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation>Plus anciennes d&apos;abord</translation>
    </message>
    <message>
        <source>Run sync now</source>
        <translation>Synchroniser maintenant</translation>
    </message>
    <message>
        <source>Cancel sync</source>
        <translation>Annuler la synchronisation</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Tous les états</translation>
    </message>
    <message>
        <source>Any type</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Réinitialisation</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Tâches</translation>
    </message>
    <message>
        <source>Trends</source>
        <translation>Tendances</translation>
    </message>
</context>
<context>
    <name>airdesk::gui::JobRunController</name>
    <message>
        <source>A sync is already running for this connection</source>
        <translation>Une synchronisation est déjà en cours pour cette connexion</translation>
    </message>
</context>
<context>
    <name>airdesk::gui::JsonField</name>
    <message>
        <source>Not valid JSON.</source>
        <translation>JSON non valide.</translation>
    </message>
</context>
<context>
    <name>airdesk::gui::JsonTreeView</name>
    <message>
        <source>Search keys and values</source>
        <translation>Rechercher dans les clés et les valeurs</translation>
    </message>
    <message>
        <source>Search the document</source>
        <translation>Rechercher dans le document</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Copy value</source>
        <translation>Copier la valeur</translation>
    </message>
    <message>
        <source>Copy path</source>
        <translation>Copier le chemin</translation>
    </message>
    <message>
        <source>Copy the whole document</source>
        <translation>Copier tout le document</translation>
    </message>
</context>
<context>
    <name>airdesk::gui::KeychainSecretBackend</name>
    <message>
        <source>The system keychain did not answer.</source>
        <translation>Le trousseau du système n&apos;a pas répondu.</translation>
    </message>
</context>
<context>
    <name>airdesk::gui::LogViewer</name>
    <message>
        <source>Attempt whose log is shown</source>
        <translation>Tentative dont le journal est affiché</translation>
    </message>
    <message>
        <source>Levels</source>
        <translation>Niveaux</translation>
    </message>
    <message>
        <source>Show only some log levels</source>
        <translation>N&apos;afficher que certains niveaux de journal</translation>
    </message>
    <message>
        <source>Search the log (Ctrl+F)</source>
        <translation>Rechercher dans le journal (Ctrl+F)</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation>Résultat précédent (Maj+Entrée)</translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation>Résultat suivant (Entrée)</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Enregistrer…</translation>
    </message>
    <message>
        <source>Save the whole log to a file</source>
        <translation>Enregistrer tout le journal dans un fichier</translation>
    </message>
    <message>
        <source>Reading the log… %1%</source>
        <translation>Lecture du journal… %1 %</translation>
    </message>
    <message>
        <source>1 line</source>
        <translation>1 ligne</translation>
    </message>
    <message>
        <source>%1 lines</source>
        <translation>%1 lignes</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Enregistré dans %1</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Debug</source>
        <translation>Débogage</translation>
    </message>
    <message>
        <source>Trace</source>
        <translation>Trace</translation>
    </message>
    <message>
        <source>No level</source>
        <translation>Aucun niveau</translation>
    </message>
    <message>
        <source>Levels (filtered)</source>
        <translation>Niveaux (filtrés)</translation>
    </message>
    <message>
        <source>Attempt %1 of %2 — %3</source>
        <translation>Tentative %1 sur %2 — %3</translation>
    </message>
    <message>
        <source>This job has no attempts, so no logs.</source>
        <translation>Cette tâche n&apos;a aucune tentative, donc aucun journal.</translation>
    </message>
    <message>
        <source>This attempt has no log lines.</source>
        <translation>Cette tentative n&apos;a aucune ligne de journal.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Recherche…</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Aucun résultat</translation>
    </message>
    <message>
        <source>1 match</source>
        <translation>1 résultat</translation>
    </message>
    <message>
        <source>%1 matches</source>
        <translation>%1 résultats</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Saving to %1…</source>
        <translation>Enregistrement dans %1…</translation>
    </message>
    <message>
        <source>Save log</source>
        <translation>Enregistrer le journal</translation>
    </message>
    <message>
        <source>Log files (*.log *.txt);;All files (*)</source>
        <translation>Fichiers journaux (*.log *.txt);;Tous les fichiers (*)</translation>
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
        <translation>&amp;Connexions</translation>
    </message>
    <message>
        <source>&amp;Sources</source>
        <translation>&amp;Sources</translation>
    </message>
    <message>
        <source>&amp;Destinations</source>
        <translation>&amp;Destinations</translation>
    </message>
    <message>
        <source>Progress of the bulk action</source>
        <translation>Progression de l&apos;action groupée</translation>
    </message>
    <message>
        <source>sources</source>
        <translation>sources</translation>
    </message>
    <message>
        <source>destinations</source>
        <translation>destinations</translation>
    </message>
    <message>
        <source>connections</source>
        <translation>connexions</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Columns…</source>
        <translation>&amp;Colonnes…</translation>
    </message>
    <message>
        <source>&amp;Notify when a sync ends</source>
        <translation>&amp;Notifier à la fin d&apos;une synchronisation</translation>
    </message>
    <message>
        <source>A desktop notification when a sync started here succeeds or fails</source>
        <translation>Une notification du bureau lorsqu&apos;une synchronisation lancée ici réussit ou échoue</translation>
    </message>
    <message>
        <source>This desktop has no notification area</source>
        <translation>Ce bureau n&apos;a pas de zone de notification</translation>
    </message>
    <message>
        <source>&amp;Auto-refresh</source>
        <translation>Actualisation a&amp;utomatique</translation>
    </message>
    <message>
        <source>&amp;Off</source>
        <translation>&amp;Désactivée</translation>
    </message>
    <message>
        <source>Every &amp;minute</source>
        <translation>Toutes les &amp;minutes</translation>
    </message>
    <message>
        <source>Every &amp;5 minutes</source>
        <translation>Toutes les &amp;5 minutes</translation>
    </message>
    <message>
        <source>Every &amp;15 minutes</source>
        <translation>Toutes les &amp;15 minutes</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Annuler&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 is not in the list (yet).</source>
        <translation>%1 n&apos;est pas (encore) dans la liste.</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Profils</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>&amp;New profile…</source>
        <translation>&amp;Nouveau profil…</translation>
    </message>
    <message>
        <source>&amp;Edit profile…</source>
        <translation>&amp;Modifier le profil…</translation>
    </message>
    <message>
        <source>&amp;Delete profile…</source>
        <translation>&amp;Supprimer le profil…</translation>
    </message>
    <message>
        <source>&amp;Profile</source>
        <translation>&amp;Profil</translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation>Supprimer le profil</translation>
    </message>
    <message>
        <source>Delete the profile &quot;%1&quot; and its stored secret? Nothing on the server is deleted.</source>
        <translation>Supprimer le profil «&#xa0;%1&#xa0;» et son secret enregistré&#xa0;? Rien n&apos;est supprimé sur le serveur.</translation>
    </message>
    <message>
        <source>The secret could not be removed from the keychain: %1</source>
        <translation>Impossible de retirer le secret du trousseau&#xa0;: %1</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Bac à sable</translation>
    </message>
    <message>
        <source>%1 — Airdesk</source>
        <translation>%1 — Airdesk</translation>
    </message>
    <message>
        <source>Downloading the declarative component schema (CDK %1)…</source>
        <translation>Téléchargement du schéma des composants déclaratifs (CDK %1)…</translation>
    </message>
    <message>
        <source>YAML definitions are checked structurally only: the schema is not available (%1).</source>
        <translation>Les définitions YAML ne sont vérifiées que structurellement&#xa0;: le schéma n&apos;est pas disponible (%1).</translation>
    </message>
    <message>
        <source>The declarative component schema is ready.</source>
        <translation>Le schéma des composants déclaratifs est prêt.</translation>
    </message>
    <message>
        <source>Sync of %1 ended: %2.</source>
        <translation>Synchronisation de %1 terminée&#xa0;: %2.</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historique</translation>
    </message>
    <message>
        <source>S&amp;tate</source>
        <translation>É&amp;tat</translation>
    </message>
    <message>
        <source>C&amp;atalog</source>
        <translation>C&amp;atalogue</translation>
    </message>
    <message>
        <source>Recent &amp;jobs</source>
        <translation>Tâches &amp;récentes</translation>
    </message>
    <message>
        <source>&amp;YAML definitions</source>
        <translation>Définitions &amp;YAML</translation>
    </message>
    <message>
        <source>Sync succeeded</source>
        <translation>Synchronisation réussie</translation>
    </message>
    <message>
        <source>Sync ended: %1</source>
        <translation>Synchronisation terminée&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 (job %2)</source>
        <translation>%1 (tâche %2)</translation>
    </message>
    <message>
        <source>Job %1 — %2</source>
        <translation>Tâche %1 — %2</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>Chargement des %1…</translation>
    </message>
    <message>
        <source>Could not load the %1</source>
        <translation>Impossible de charger les %1</translation>
    </message>
    <message>
        <source>Could not load the %1.</source>
        <translation>Impossible de charger les %1.</translation>
    </message>
    <message>
        <source>%1 · %2 connections · %3 sources · %4 destinations</source>
        <translation>%1 · %2 connexions · %3 sources · %4 destinations</translation>
    </message>
    <message>
        <source>&amp;Connection</source>
        <translation>&amp;Connexion</translation>
    </message>
    <message>
        <source>Connection actions</source>
        <translation>Actions sur la connexion</translation>
    </message>
</context>
<context>
    <name>airdesk::gui::ManifestEditor</name>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Chemin</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>Remplacer par</translation>
    </message>
    <message>
        <source>Find next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Remplacer</translation>
    </message>
    <message>
        <source>Replace all</source>
        <translation>Tout remplacer</translation>
    </message>
    <message>
        <source>Restored unsaved edits.</source>
        <translation>Modifications non enregistrées restaurées.</translation>
    </message>
    <message>
        <source>Validating…</source>
        <translation>Validation…</translation>
    </message>
    <message>
        <source>(root)</source>
        <translation>(racine)</translation>
    </message>
    <message>
        <source>Valid.</source>
        <translation>Valide.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s).</source>
        <translation>
            <numerusform>%n problème.</numerusform>
            <numerusform>%n problèmes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Remarque&#xa0;: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; not found.</source>
        <translation>«&#xa0;%1&#xa0;» introuvable.</translation>
    </message>
    <message numerus="yes">
        <source>Replaced %n occurrence(s).</source>
        <translation>
            <numerusform>%n occurrence remplacée.</numerusform>
            <numerusform>%n occurrences remplacées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Problems in the manifest</source>
        <translation>Problèmes du manifeste</translation>
    </message>
    <message>
        <source>Manifest (YAML)</source>
        <translation>Manifeste (YAML)</translation>
    </message>
    <message>
        <source>The declarative connector manifest; problems are marked in the margin</source>
        <translation>Le manifeste déclaratif du connecteur&#xa0;; les problèmes sont signalés dans la marge</translation>
    </message>
</context>
<context>
    <name>airdesk::gui::NewConnectionWizard</name>
    <message>
        <source>New connection</source>
        <translation>Nouvelle connexion</translation>
    </message>
    <message>
        <source>&amp;Create connection</source>
        <translation>&amp;Créer la connexion</translation>
    </message>
    <message>
        <source>Select at least one stream.</source>
        <translation>Sélectionnez au moins un flux.</translation>
    </message>
    <message>
        <source>Creating the connection…</source>
        <translation>Création de la connexion…</translation>
    </message>
    <message>
        <source>Could not create the connection: %1</source>
        <translation>Impossible de créer la connexion&#xa0;: %1</translation>
    </message>
    <message>
        <source>Restored the connection you were building when Airdesk last closed. Cancel discards it.</source>
        <translation>La connexion que vous étiez en train de créer lors de la dernière fermeture d&apos;Airdesk a été restaurée. Annuler la supprime.</translation>
    </message>
</context>
<context>
    <name>airdesk::gui::NumberField</name>
    <message>
        <source>Enter a number.</source>
        <translation>Saisissez un nombre.</translation>
    </message>
</context>
<context>
    <name>airdesk::gui::ObjectField</name>
    <message>
        <source>Optional fields (%1)</source>
        <translation>Champs facultatifs (%1)</translation>
    </message>
</context>
<context>
    <name>airdesk::gui::ObjectListField</name>
    <message>
        <source>Add…</source>
        <translation>Ajouter…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>Add to %1</source>
        <translation>Ajouter à %1</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Modifier %1</translation>
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
        <translation>Préférences</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Valeur du système</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>The new language applies when Airdesk starts again.</source>
        <translation>La nouvelle langue s&apos;appliquera au prochain démarrage d&apos;Airdesk.</translation>
    </message>
    <message>
        <source>Language change note</source>
        <translation>Remarque sur le changement de langue</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Appearance:</source>
        <translation>&amp;Apparence&#xa0;:</translation>
    </message>
    <message>
        <source>The language of menus, dialogs and messages</source>
        <translation>La langue des menus, fenêtres et messages</translation>
    </message>
    <message>
        <source>Light or dark colours, or those of the desktop</source>
        <translation>Couleurs claires ou sombres, ou celles du bureau</translation>
    </message>
</context>
<context>
    <name>airdesk::gui::ProfileDialog</name>
    <message>
        <source>Show secret</source>
        <translation>Afficher le secret</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>Connecté à %1</translation>
    </message>
    <message>
        <source>Connected to %1 (%2)</source>
        <translation>Connecté à %1 (%2)</translation>
    </message>
    <message>
        <source>These credentials see no workspace.</source>
        <translation>Ces identifiants ne voient aucun espace de travail.</translation>
    </message>
    <message numerus="yes">
        <source>%n workspace(s) found.</source>
        <translation>
            <numerusform>%n espace de travail trouvé.</numerusform>
            <numerusform>%n espaces de travail trouvés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Default for the kind (1 hour on Cloud, else 1 minute)</source>
        <translation>Valeur par défaut du type (1 heure sur Cloud, sinon 1 minute)</translation>
    </message>
    <message>
        <source>1 hour (Cloud Standard)</source>
        <translation>1 heure (Cloud Standard)</translation>
    </message>
    <message>
        <source>15 minutes (Cloud Plus)</source>
        <translation>15 minutes (Cloud Plus)</translation>
    </message>
    <message>
        <source>1 minute (self-managed)</source>
        <translation>1 minute (autogéré)</translation>
    </message>
    <message>
        <source>No minimum</source>
        <translation>Aucun minimum</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Environnement</translation>
    </message>
    <message>
        <source>Token: enter the bearer token.</source>
        <translation>Jeton&#xa0;: saisissez le jeton bearer.</translation>
    </message>
    <message>
        <source>Client ID: enter the client id.</source>
        <translation>Identifiant client&#xa0;: saisissez l&apos;identifiant client.</translation>
    </message>
    <message>
        <source>Client secret: enter the client secret.</source>
        <translation>Secret client&#xa0;: saisissez le secret client.</translation>
    </message>
    <message>
        <source>Name: give the profile a name.</source>
        <translation>Nom&#xa0;: donnez un nom au profil.</translation>
    </message>
    <message>
        <source>Workspace ID: enter the workspace id, or pick one.</source>
        <translation>Identifiant de l&apos;espace de travail&#xa0;: saisissez-le ou choisissez-en un.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>Listing workspaces…</source>
        <translation>Liste des espaces de travail…</translation>
    </message>
    <message>
        <source>Cannot be derived: enter it</source>
        <translation>Impossible à déduire&#xa0;: saisissez-la</translation>
    </message>
    <message>
        <source>CA certificates: %1</source>
        <translation>Certificats d&apos;AC&#xa0;: %1</translation>
    </message>
    <message>
        <source>CA certificates</source>
        <translation>Certificats d&apos;AC</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt *.cer)</source>
        <translation>Certificats PEM (*.pem *.crt *.cer)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>airdesk::gui::PublishDialog</name>
    <message>
        <source>Allow a &amp;duplicate name</source>
        <translation>Autoriser un nom en &amp;double</translation>
    </message>
    <message>
        <source>&amp;Validate the manifest before sending it</source>
        <translation>&amp;Valider le manifeste avant de l&apos;envoyer</translation>
    </message>
    <message>
        <source>Store &amp;testing values in the Connector Builder project</source>
        <translation>Enregistrer les valeurs de &amp;test dans le projet Connector Builder</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>&amp;Publier</translation>
    </message>
    <message>
        <source>Publish custom source definition</source>
        <translation>Publier une définition de source personnalisée</translation>
    </message>
    <message>
        <source>Definition name</source>
        <translation>Nom de la définition</translation>
    </message>
    <message>
        <source>e.g. Pets API</source>
        <translation>par ex. Pets API</translation>
    </message>
    <message>
        <source>Without this, publishing stops when the workspace already has a custom definition with the same name.</source>
        <translation>Sans cette option, la publication s&apos;arrête si l&apos;espace de travail contient déjà une définition personnalisée portant le même nom.</translation>
    </message>
    <message>
        <source>Checks the manifest against the declarative component schema and the server&apos;s requirements before anything is sent.</source>
        <translation>Vérifie le manifeste par rapport au schéma des composants déclaratifs et aux exigences du serveur avant tout envoi.</translation>
    </message>
    <message>
        <source>Manifest problems</source>
        <translation>Problèmes du manifeste</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Give the definition a name.</source>
        <translation>Donnez un nom à la définition.</translation>
    </message>
    <message numerus="yes">
        <source>The manifest has %n problem(s); fix them in the editor, or turn pre-validation off to let the server decide.</source>
        <translation>
            <numerusform>Le manifeste comporte %n problème&#xa0;; corrigez-le dans l&apos;éditeur, ou désactivez la validation préalable pour laisser le serveur décider.</numerusform>
            <numerusform>Le manifeste comporte %n problèmes&#xa0;; corrigez-les dans l&apos;éditeur, ou désactivez la validation préalable pour laisser le serveur décider.</numerusform>
        </translation>
    </message>
    <message>
        <source>The testing values do not match the manifest&apos;s specification.</source>
        <translation>Les valeurs de test ne correspondent pas à la spécification du manifeste.</translation>
    </message>
    <message>
        <source>Publishing…</source>
        <translation>Publication…</translation>
    </message>
    <message>
        <source>Not published: %1</source>
        <translation>Non publiée&#xa0;: %1</translation>
    </message>
    <message>
        <source>A form generated from the manifest&apos;s spec.connection_specification. Secret fields are masked; their Show button reveals them.</source>
        <translation>Un formulaire généré à partir de la spec.connection_specification du manifeste. Les champs secrets sont masqués&#xa0;; leur bouton Afficher les révèle.</translation>
    </message>
    <message>
        <source>Validating the manifest</source>
        <translation>Validation du manifeste</translation>
    </message>
    <message>
        <source>The manifest has no usable specification to enter testing values with; untick the testing values or add spec.connection_specification.</source>
        <translation>Le manifeste n&apos;a pas de spécification utilisable pour saisir des valeurs de test&#xa0;; décochez les valeurs de test ou ajoutez spec.connection_specification.</translation>
    </message>
    <message>
        <source>Validating the manifest before sending it…</source>
        <translation>Validation du manifeste avant envoi…</translation>
    </message>
</context>
<context>
    <name>airdesk::gui::RecentJobsView</name>
    <message>
        <source>Failures only</source>
        <translation>Échecs uniquement</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Dernières 24 heures</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>%1 failed or cancelled, %2 running or waiting, %3 succeeded</source>
        <translation>%1 en échec ou annulées, %2 en cours ou en attente, %3 réussies</translation>
    </message>
    <message>
        <source>Recent jobs</source>
        <translation>Tâches récentes</translation>
    </message>
</context>
<context>
    <name>airdesk::gui::RenameDialog</name>
    <message>
        <source>Rename %1</source>
        <translation>Renommer %1</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Renommer</translation>
    </message>
    <message>
        <source>New name</source>
        <translation>Nouveau nom</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
</context>
<context>
    <name>airdesk::gui::ResourceActions</name>
    <message>
        <source>&amp;Run sync now</source>
        <translation>&amp;Synchroniser maintenant</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>&amp;Activer</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Désactiver</translation>
    </message>
    <message>
        <source>Edit &amp;schedule…</source>
        <translation>Modifier la &amp;planification…</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>Re&amp;nommer…</translation>
    </message>
    <message>
        <source>&amp;Copy id</source>
        <translation>&amp;Copier l&apos;identifiant</translation>
    </message>
    <message>
        <source>&amp;Open in web app</source>
        <translation>&amp;Ouvrir dans l&apos;application web</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>Supprim&amp;er…</translation>
    </message>
    <message>
        <source>C&amp;heck connection</source>
        <translation>&amp;Vérifier la connexion</translation>
    </message>
    <message>
        <source>connection</source>
        <translation>connexion</translation>
    </message>
    <message>
        <source>source</source>
        <translation>source</translation>
    </message>
    <message>
        <source>destination</source>
        <translation>destination</translation>
    </message>
    <message>
        <source>connections</source>
        <translation>connexions</translation>
    </message>
    <message>
        <source>sources</source>
        <translation>sources</translation>
    </message>
    <message>
        <source>destinations</source>
        <translation>destinations</translation>
    </message>
    <message>
        <source>%1 — %2: %3</source>
        <translation>%1 — %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1: %2 of %3 failed</source>
        <translation>%1&#xa0;: %2 sur %3 en échec</translation>
    </message>
    <message>
        <source>Starting a sync of %1…</source>
        <translation>Lancement d&apos;une synchronisation de %1…</translation>
    </message>
    <message numerus="yes">
        <source>Starting %n sync(s)…</source>
        <translation>
            <numerusform>Lancement de %n synchronisation…</numerusform>
            <numerusform>Lancement de %n synchronisations…</numerusform>
        </translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>Run sync</source>
        <translation>Synchroniser</translation>
    </message>
    <message numerus="yes">
        <source>Started %n sync(s).</source>
        <translation>
            <numerusform>%n synchronisation lancée.</numerusform>
            <numerusform>%n synchronisations lancées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Enabled %n connection(s).</source>
        <translation>
            <numerusform>%n connexion activée.</numerusform>
            <numerusform>%n connexions activées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Disabled %n connection(s).</source>
        <translation>
            <numerusform>%n connexion désactivée.</numerusform>
            <numerusform>%n connexions désactivées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>Activer</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Désactiver</translation>
    </message>
    <message>
        <source>enable %1</source>
        <translation>activer %1</translation>
    </message>
    <message>
        <source>disable %1</source>
        <translation>désactiver %1</translation>
    </message>
    <message numerus="yes">
        <source>enable %n connection(s)</source>
        <translation>
            <numerusform>activer %n connexion</numerusform>
            <numerusform>activer %n connexions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>disable %n connection(s)</source>
        <translation>
            <numerusform>désactiver %n connexion</numerusform>
            <numerusform>désactiver %n connexions</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>Vérification de %1…</translation>
    </message>
    <message>
        <source>Check of %1: %2</source>
        <translation>Vérification de %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: the connection check succeeded.</source>
        <translation>%1&#xa0;: la vérification de la connexion a réussi.</translation>
    </message>
    <message>
        <source>%1: the connection check failed</source>
        <translation>%1&#xa0;: la vérification de la connexion a échoué</translation>
    </message>
    <message>
        <source>Rename %1: %2</source>
        <translation>Renommer %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Renamed %1 to %2.</source>
        <translation>%1 renommé en %2.</translation>
    </message>
    <message>
        <source>rename to %1</source>
        <translation>renommage en %1</translation>
    </message>
    <message>
        <source>Schedule of %1</source>
        <translation>Planification de %1</translation>
    </message>
    <message>
        <source>The schedule of %1 is saved.</source>
        <translation>La planification de %1 est enregistrée.</translation>
    </message>
    <message>
        <source>Copied %1</source>
        <translation>%1 copié</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n item(s).</source>
        <translation>
            <numerusform>%n élément supprimé.</numerusform>
            <numerusform>%n éléments supprimés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>&amp;New connection…</source>
        <translation>&amp;Nouvelle connexion…</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>Modif&amp;ier…</translation>
    </message>
    <message>
        <source>&amp;New source…</source>
        <translation>&amp;Nouvelle source…</translation>
    </message>
    <message>
        <source>&amp;New destination…</source>
        <translation>&amp;Nouvelle destination…</translation>
    </message>
    <message>
        <source>Created the connection %1.</source>
        <translation>Connexion %1 créée.</translation>
    </message>
    <message>
        <source>Created the source %1.</source>
        <translation>Source %1 créée.</translation>
    </message>
    <message>
        <source>Created the destination %1.</source>
        <translation>Destination %1 créée.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 enregistré.</translation>
    </message>
</context>
<context>
    <name>airdesk::gui::ResourceView</name>
    <message>
        <source>Search by name, type or id</source>
        <translation>Rechercher par nom, type ou identifiant</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <source>Connector type filter</source>
        <translation>Filtre par type de connecteur</translation>
    </message>
    <message>
        <source>Show only one connector type</source>
        <translation>N&apos;afficher qu&apos;un type de connecteur</translation>
    </message>
    <message>
        <source>All connectors</source>
        <translation>Tous les connecteurs</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Filtre par état</translation>
    </message>
    <message>
        <source>Show only connections in one state</source>
        <translation>N&apos;afficher que les connexions dans un état donné</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tous les états</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Activée</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Désactivée</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Verrouillée</translation>
    </message>
    <message>
        <source>Last sync failed</source>
        <translation>Dernière synchronisation en échec</translation>
    </message>
    <message>
        <source>Last sync succeeded</source>
        <translation>Dernière synchronisation réussie</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Load the list again from the server</source>
        <translation>Recharger la liste depuis le serveur</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>Chargement</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Ressources</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Select a row to see its details.</source>
        <translation>Sélectionnez une ligne pour voir ses détails.</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <source>Reset columns</source>
        <translation>Réinitialiser les colonnes</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n élément</numerusform>
            <numerusform>%n éléments</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
</context>
<context>
    <name>airdesk::gui::ScheduleDialog</name>
    <message>
        <source>Every 15 minutes</source>
        <translation>Toutes les 15 minutes</translation>
    </message>
    <message>
        <source>Every 30 minutes</source>
        <translation>Toutes les 30 minutes</translation>
    </message>
    <message>
        <source>Every hour</source>
        <translation>Toutes les heures</translation>
    </message>
    <message>
        <source>Every 2 hours</source>
        <translation>Toutes les 2 heures</translation>
    </message>
    <message>
        <source>Every 3 hours</source>
        <translation>Toutes les 3 heures</translation>
    </message>
    <message>
        <source>Every 6 hours</source>
        <translation>Toutes les 6 heures</translation>
    </message>
    <message>
        <source>Every 8 hours</source>
        <translation>Toutes les 8 heures</translation>
    </message>
    <message>
        <source>Every 12 hours</source>
        <translation>Toutes les 12 heures</translation>
    </message>
    <message>
        <source>Every 24 hours</source>
        <translation>Toutes les 24 heures</translation>
    </message>
    <message>
        <source>Every day at 12:00</source>
        <translation>Tous les jours à 12:00</translation>
    </message>
    <message>
        <source>Every weekday at 08:00</source>
        <translation>Chaque jour ouvré à 08:00</translation>
    </message>
    <message>
        <source>Every Monday at 09:00</source>
        <translation>Chaque lundi à 09:00</translation>
    </message>
    <message>
        <source>Every hour at half past</source>
        <translation>Toutes les heures à la demie</translation>
    </message>
    <message>
        <source>First day of the month at 00:00</source>
        <translation>Premier jour du mois à 00:00</translation>
    </message>
    <message>
        <source>Last day of the month at 18:00</source>
        <translation>Dernier jour du mois à 18:00</translation>
    </message>
    <message>
        <source>Last weekday of the month at 17:00</source>
        <translation>Dernier jour ouvré du mois à 17:00</translation>
    </message>
    <message>
        <source>Third Friday of the month at 00:00</source>
        <translation>Troisième vendredi du mois à 00:00</translation>
    </message>
    <message>
        <source>Seconds</source>
        <translation>Secondes</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Heures</translation>
    </message>
    <message>
        <source>Day of month</source>
        <translation>Jour du mois</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Day of week</source>
        <translation>Jour de la semaine</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>When the server will run this schedule</source>
        <translation>Quand le serveur exécutera cette planification</translation>
    </message>
    <message>
        <source>Choose a pattern…</source>
        <translation>Choisir un modèle…</translation>
    </message>
    <message>
        <source>The server refused this schedule: %1</source>
        <translation>Le serveur a refusé cette planification&#xa0;: %1</translation>
    </message>
    <message>
        <source>The connection syncs only when you run it.</source>
        <translation>La connexion ne se synchronise que lorsque vous la lancez.</translation>
    </message>
    <message>
        <source>Enter a Quartz cron expression, for example 0 0 12 * * ?</source>
        <translation>Saisissez une expression cron Quartz, par exemple 0 0 12 * *&#xa0;?</translation>
    </message>
    <message>
        <source>Expression</source>
        <translation>Expression</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>This looks like a 5-field Unix cron. Airbyte uses Quartz (seconds first); the same schedule is %1</source>
        <translation>Cela ressemble à un cron Unix à 5 champs. Airbyte utilise Quartz (secondes en premier)&#xa0;; la même planification s&apos;écrit %1</translation>
    </message>
    <message>
        <source>Warning: this schedule runs more often than your plan allows (%1). The server will refuse it.</source>
        <translation>Attention&#xa0;: cette planification s&apos;exécute plus souvent que votre offre ne le permet (%1). Le serveur la refusera.</translation>
    </message>
    <message>
        <source>%1: Airbyte needs a plain number here (%2)</source>
        <translation>%1&#xa0;: Airbyte attend ici un simple nombre (%2)</translation>
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
        <translation>L&apos;API publique d&apos;Airbyte enregistre chaque planification cron en UTC, le serveur l&apos;exécute donc aux heures UTC&#xa0;; la première colonne les affiche en %1.</translation>
    </message>
    <message>
        <source>No further runs: the schedule has ended.</source>
        <translation>Plus aucune exécution&#xa0;: la planification est terminée.</translation>
    </message>
    <message>
        <source>Saving the schedule…</source>
        <translation>Enregistrement de la planification…</translation>
    </message>
</context>
<context>
    <name>airdesk::gui::ScheduleField</name>
    <message>
        <source>Change…</source>
        <translation>Changer…</translation>
    </message>
    <message>
        <source>Change schedule</source>
        <translation>Changer la planification</translation>
    </message>
    <message>
        <source>%1 (cron %2, UTC)</source>
        <translation>%1 (cron %2, UTC)</translation>
    </message>
    <message>
        <source>Manual: syncs only when started</source>
        <translation>Manuelle&#xa0;: ne se synchronise que lorsqu&apos;elle est lancée</translation>
    </message>
</context>
<context>
    <name>airdesk::gui::SecretField</name>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Show or hide the secret</source>
        <translation>Afficher ou masquer le secret</translation>
    </message>
    <message>
        <source>Stored secret (unchanged unless you type a new one)</source>
        <translation>Secret enregistré (inchangé sauf si vous en saisissez un nouveau)</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>Afficher %1</translation>
    </message>
</context>
<context>
    <name>airdesk::gui::SecretStore</name>
    <message>
        <source>Secrets are kept for this session only: no system keychain is available</source>
        <translation>Les secrets ne sont conservés que pour cette session&#xa0;: aucun trousseau système n&apos;est disponible</translation>
    </message>
    <message>
        <source>Could not read the secret from the system keychain: %1</source>
        <translation>Impossible de lire le secret dans le trousseau système&#xa0;: %1</translation>
    </message>
    <message>
        <source>Could not store the secret in the system keychain: %1</source>
        <translation>Impossible d&apos;enregistrer le secret dans le trousseau système&#xa0;: %1</translation>
    </message>
    <message>
        <source>Could not remove the secret from the system keychain: %1</source>
        <translation>Impossible de retirer le secret du trousseau système&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>airdesk::gui::SessionManager</name>
    <message>
        <source>The sandbox did not start: %1</source>
        <translation>Le bac à sable n&apos;a pas démarré&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: no secret is stored for this profile; edit it to enter one.</source>
        <translation>%1&#xa0;: aucun secret n&apos;est enregistré pour ce profil&#xa0;; modifiez-le pour en saisir un.</translation>
    </message>
    <message>
        <source>%1: CA certificates: %2</source>
        <translation>%1&#xa0;: certificats d&apos;AC&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>airdesk::gui::ShortcutsDialog</name>
    <message>
        <source>Window</source>
        <translation>Fenêtre</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menu</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Raccourci</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tableau</translation>
    </message>
</context>
<context>
    <name>airdesk::gui::SpecForm</name>
    <message>
        <source>Form problems</source>
        <translation>Problèmes du formulaire</translation>
    </message>
    <message>
        <source>The specification is empty.</source>
        <translation>La spécification est vide.</translation>
    </message>
    <message>
        <source>The specification&apos;s root is a &quot;%1&quot;, not an object with properties.</source>
        <translation>La racine de la spécification est de type «&#xa0;%1&#xa0;», et non un objet avec des propriétés.</translation>
    </message>
    <message>
        <source>This connector needs no configuration.</source>
        <translation>Ce connecteur ne nécessite aucune configuration.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) to fix before saving:</source>
        <translation>
            <numerusform>%n problème à corriger avant d&apos;enregistrer&#xa0;:</numerusform>
            <numerusform>%n problèmes à corriger avant d&apos;enregistrer&#xa0;:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>airdesk::gui::StreamSelector</name>
    <message>
        <source>Filter streams</source>
        <translation>Filtrer les flux</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>&amp;Tout sélectionner</translation>
    </message>
    <message>
        <source>Select &amp;none</source>
        <translation>Tout &amp;désélectionner</translation>
    </message>
    <message>
        <source>Stream</source>
        <translation>Flux</translation>
    </message>
    <message>
        <source>Namespace</source>
        <translation>Espace de noms</translation>
    </message>
    <message>
        <source>Sync mode</source>
        <translation>Mode de synchronisation</translation>
    </message>
    <message>
        <source>Cursor</source>
        <translation>Curseur</translation>
    </message>
    <message>
        <source>Primary key</source>
        <translation>Clé primaire</translation>
    </message>
    <message>
        <source>Streams</source>
        <translation>Flux</translation>
    </message>
    <message>
        <source>source-defined</source>
        <translation>défini par la source</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Par défaut</translation>
    </message>
    <message>
        <source>Sync mode of %1</source>
        <translation>Mode de synchronisation de %1</translation>
    </message>
    <message>
        <source>%1 of %2 streams selected</source>
        <translation>%1 flux sélectionnés sur %2</translation>
    </message>
</context>
<context>
    <name>airdesk::gui::StreamsPage</name>
    <message>
        <source>Streams</source>
        <translation>Flux</translation>
    </message>
    <message>
        <source>Choose the streams to sync and, where you like, their sync mode.</source>
        <translation>Choisissez les flux à synchroniser et, si vous le souhaitez, leur mode de synchronisation.</translation>
    </message>
    <message>
        <source>Discovering the streams of %1…</source>
        <translation>Découverte des flux de %1…</translation>
    </message>
    <message>
        <source>Could not read the streams: %1</source>
        <translation>Impossible de lire les flux&#xa0;: %1</translation>
    </message>
    <message>
        <source>This source offers no streams.</source>
        <translation>Cette source ne propose aucun flux.</translation>
    </message>
</context>
<context>
    <name>airdesk::gui::TagListField</name>
    <message>
        <source>Type a value and press Enter</source>
        <translation>Saisissez une valeur et appuyez sur Entrée</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>New entry for %1</source>
        <translation>Nouvelle entrée pour %1</translation>
    </message>
</context>
<context>
    <name>airdesk::gui::TestingValuesEditor</name>
    <message>
        <source>The manifest has no usable spec.connection_specification, so there is no form for these values: %1 Add a connection specification to the manifest&apos;s spec first.</source>
        <translation>Le manifeste n&apos;a pas de spec.connection_specification utilisable, il n&apos;y a donc pas de formulaire pour ces valeurs&#xa0;: %1 Ajoutez d&apos;abord une spécification de connexion à la spec du manifeste.</translation>
    </message>
    <message>
        <source>Restored your unsaved values. Secrets are never kept in drafts; enter them again.</source>
        <translation>Vos valeurs non enregistrées ont été restaurées. Les secrets ne sont jamais conservés dans les brouillons&#xa0;; saisissez-les à nouveau.</translation>
    </message>
</context>
<context>
    <name>airdesk::gui::TextField</name>
    <message>
        <source>Calendar</source>
        <translation>Calendrier</translation>
    </message>
    <message>
        <source>Pick a date and time (UTC)</source>
        <translation>Choisir une date et une heure (UTC)</translation>
    </message>
    <message>
        <source>Pick a date</source>
        <translation>Choisir une date</translation>
    </message>
</context>
<context>
    <name>airdesk::gui::WelcomePage</name>
    <message>
        <source>&lt;h1&gt;Welcome to Airdesk&lt;/h1&gt;</source>
        <translation>&lt;h1&gt;Bienvenue dans Airdesk&lt;/h1&gt;</translation>
    </message>
    <message>
        <source>Manage Airbyte workspaces by point and click. Where do you want to start?</source>
        <translation>Gérez vos espaces de travail Airbyte en quelques clics. Par où voulez-vous commencer&#xa0;?</translation>
    </message>
    <message>
        <source>Try the sandbox</source>
        <translation>Essayer le bac à sable</translation>
    </message>
    <message>
        <source>A demo workspace served by Airdesk itself, on this computer only.</source>
        <translation>Un espace de travail de démonstration servi par Airdesk lui-même, sur cet ordinateur uniquement.</translation>
    </message>
    <message>
        <source>Airbyte Cloud…</source>
        <translation>Airbyte Cloud…</translation>
    </message>
    <message>
        <source>Connect with a client id and secret from Airbyte Cloud.</source>
        <translation>Se connecter avec un identifiant client et un secret d&apos;Airbyte Cloud.</translation>
    </message>
    <message>
        <source>Self-managed Airbyte…</source>
        <translation>Airbyte autogéré…</translation>
    </message>
    <message>
        <source>Connect to your own Airbyte, such as one started with abctl.</source>
        <translation>Se connecter à votre propre Airbyte, par exemple celui lancé avec abctl.</translation>
    </message>
    <message>
        <source>For a local Airbyte started with abctl, &lt;code&gt;abctl local credentials&lt;/code&gt; prints the client id and secret.</source>
        <translation>Pour un Airbyte local lancé avec abctl, &lt;code&gt;abctl local credentials&lt;/code&gt; affiche l&apos;identifiant client et le secret.</translation>
    </message>
    <message>
        <source>Use AIRBYTE_CLOUD_* from the environment</source>
        <translation>Utiliser AIRBYTE_CLOUD_* de l&apos;environnement</translation>
    </message>
    <message>
        <source>Make a profile from the credentials set in the environment.</source>
        <translation>Créer un profil à partir des identifiants définis dans l&apos;environnement.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Airbyte Cloud</source>
        <translation>Airbyte Cloud</translation>
    </message>
    <message>
        <source>Local Airbyte</source>
        <translation>Airbyte local</translation>
    </message>
</context>
<context>
    <name>airdesk::manifest</name>
    <message>
        <source>missing required property &apos;version&apos;</source>
        <translation>propriété obligatoire «&#xa0;version&#xa0;» manquante</translation>
    </message>
    <message>
        <source>expected string, found %1</source>
        <translation>chaîne attendue, %1 trouvé</translation>
    </message>
    <message>
        <source>must be &apos;DeclarativeSource&apos;</source>
        <translation>doit valoir «&#xa0;DeclarativeSource&#xa0;»</translation>
    </message>
    <message>
        <source>missing required property &apos;check&apos;</source>
        <translation>propriété obligatoire «&#xa0;check&#xa0;» manquante</translation>
    </message>
    <message>
        <source>needs a &apos;streams&apos; or &apos;dynamic_streams&apos; list</source>
        <translation>nécessite une liste «&#xa0;streams&#xa0;» ou «&#xa0;dynamic_streams&#xa0;»</translation>
    </message>
    <message>
        <source>missing &apos;type: DeclarativeSource&apos; (needed to publish)</source>
        <translation>«&#xa0;type: DeclarativeSource&#xa0;» manquant (nécessaire pour publier)</translation>
    </message>
    <message>
        <source>missing &apos;spec&apos; with &apos;connection_specification&apos; (needed to publish: the server builds the connector&apos;s form from it)</source>
        <translation>«&#xa0;spec&#xa0;» avec «&#xa0;connection_specification&#xa0;» manquant (nécessaire pour publier&#xa0;: le serveur en construit le formulaire du connecteur)</translation>
    </message>
    <message>
        <source>missing &apos;connection_specification&apos; object written out here (needed to publish: the server reads it as written, without resolving references)</source>
        <translation>objet «&#xa0;connection_specification&#xa0;» écrit en toutes lettres ici manquant (nécessaire pour publier&#xa0;: le serveur le lit tel quel, sans résoudre les références)</translation>
    </message>
</context>
<context>
    <name>airdesk::manifest::DeclarativeSchema</name>
    <message>
        <source>The declarative component schema cannot be read: %1</source>
        <translation>Impossible de lire le schéma des composants déclaratifs&#xa0;: %1</translation>
    </message>
    <message>
        <source>The file is not Airbyte&apos;s declarative component schema (no DeclarativeSource title or definitions).</source>
        <translation>Le fichier n&apos;est pas le schéma des composants déclaratifs d&apos;Airbyte (ni titre DeclarativeSource ni définitions).</translation>
    </message>
    <message>
        <source>The declarative component schema cannot be compiled: %1</source>
        <translation>Impossible de compiler le schéma des composants déclaratifs&#xa0;: %1</translation>
    </message>
    <message>
        <source>No declarative component schema at %1.</source>
        <translation>Aucun schéma des composants déclaratifs dans %1.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>airdesk::manifest::DeclarativeSchemaSource</name>
    <message>
        <source>No declarative component schema at %1.</source>
        <translation>Aucun schéma des composants déclaratifs dans %1.</translation>
    </message>
    <message>
        <source>%1 names %2, which does not exist.</source>
        <translation>%1 désigne %2, qui n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Cannot create the cache folder for %1.</source>
        <translation>Impossible de créer le dossier de cache pour %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>airdesk::manifest::ManifestPath</name>
    <message>
        <source>(root)</source>
        <translation>(racine)</translation>
    </message>
</context>
<context>
    <name>airdesk::manifest::ManifestReferences::Resolver</name>
    <message>
        <source>circular reference &apos;%1&apos; (%2 -&gt; %1)</source>
        <translation>référence circulaire «&#xa0;%1&#xa0;» (%2 -&gt; %1)</translation>
    </message>
    <message>
        <source>undefined reference &apos;%1&apos;</source>
        <translation>référence non définie «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>airdesk::manifest::ManifestValidator</name>
    <message>
        <source>schema not available: structural checks only</source>
        <translation>schéma indisponible&#xa0;: vérifications structurelles uniquement</translation>
    </message>
    <message>
        <source>the manifest must be a mapping at the top level</source>
        <translation>le manifeste doit être un dictionnaire (mapping) au premier niveau</translation>
    </message>
    <message>
        <source>does not match the declarative component schema</source>
        <translation>ne correspond pas au schéma des composants déclaratifs</translation>
    </message>
</context>
<context>
    <name>airdesk::manifest::SchemaErrorFinder</name>
    <message>
        <source>expected %1, found %2</source>
        <translation>%1 attendu, %2 trouvé</translation>
    </message>
    <message>
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message>
        <source>%1 is not one of: %2</source>
        <translation>%1 ne fait pas partie de&#xa0;: %2</translation>
    </message>
    <message>
        <source>must be %1</source>
        <translation>doit valoir %1</translation>
    </message>
    <message numerus="yes">
        <source>needs at least %n item(s)</source>
        <translation>
            <numerusform>nécessite au moins %n élément</numerusform>
            <numerusform>nécessite au moins %n éléments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>allows at most %n item(s)</source>
        <translation>
            <numerusform>autorise au plus %n élément</numerusform>
            <numerusform>autorise au plus %n éléments</numerusform>
        </translation>
    </message>
    <message>
        <source>repeats an earlier item; items must be unique</source>
        <translation>répète un élément précédent&#xa0;; les éléments doivent être uniques</translation>
    </message>
    <message>
        <source>must be at least %1</source>
        <translation>doit valoir au moins %1</translation>
    </message>
    <message>
        <source>must be at most %1</source>
        <translation>doit valoir au plus %1</translation>
    </message>
    <message numerus="yes">
        <source>needs at least %n character(s)</source>
        <translation>
            <numerusform>nécessite au moins %n caractère</numerusform>
            <numerusform>nécessite au moins %n caractères</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>allows at most %n character(s)</source>
        <translation>
            <numerusform>autorise au plus %n caractère</numerusform>
            <numerusform>autorise au plus %n caractères</numerusform>
        </translation>
    </message>
    <message>
        <source>missing required property &apos;%1&apos;</source>
        <translation>propriété obligatoire «&#xa0;%1&#xa0;» manquante</translation>
    </message>
    <message>
        <source>unknown property &apos;%1&apos;</source>
        <translation>propriété inconnue «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>unknown component type %1; expected one of: %2</source>
        <translation>type de composant inconnu %1&#xa0;; attendu l&apos;un de&#xa0;: %2</translation>
    </message>
    <message>
        <source>matches none of the allowed forms: %1</source>
        <translation>ne correspond à aucune des formes autorisées&#xa0;: %1</translation>
    </message>
    <message>
        <source>a %1 component</source>
        <translation>un composant %1</translation>
    </message>
    <message>
        <source>an object with %1</source>
        <translation>un objet avec %1</translation>
    </message>
    <message>
        <source>one of %1</source>
        <translation>l&apos;un de %1</translation>
    </message>
    <message>
        <source>another form</source>
        <translation>une autre forme</translation>
    </message>
</context>
<context>
    <name>airdesk::manifest::YamlToJson</name>
    <message>
        <source>Expected a single document, but found another one.</source>
        <translation>Un seul document attendu, mais un autre a été trouvé.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>airdesk::manifest::YamlToJson::Builder</name>
    <message>
        <source>Only text keys are supported.</source>
        <translation>Seules les clés textuelles sont prises en charge.</translation>
    </message>
    <message>
        <source>An alias refers to a node that is not complete yet.</source>
        <translation>Un alias fait référence à un nœud pas encore complet.</translation>
    </message>
    <message>
        <source>The document is nested too deeply.</source>
        <translation>Le document est trop profondément imbriqué.</translation>
    </message>
    <message>
        <source>A merge key (&lt;&lt;) needs a mapping or a list of mappings.</source>
        <translation>Une clé de fusion (&lt;&lt;) nécessite un mapping ou une liste de mappings.</translation>
    </message>
</context>
<context>
    <name>airdesk::models::ActorTableModel</name>
    <message>
        <source>Definition %1</source>
        <translation>Définition %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
</context>
<context>
    <name>airdesk::models::ConnectionTableModel</name>
    <message>
        <source>Job %1: %2, %3</source>
        <translation>Tâche %1&#xa0;: %2, %3</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destination</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Planification</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Dernière synchronisation</translation>
    </message>
    <message>
        <source>Streams</source>
        <translation>Flux</translation>
    </message>
    <message>
        <source>Prefix</source>
        <translation>Préfixe</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Activée</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Désactivée</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Verrouillée</translation>
    </message>
    <message>
        <source>Deprecated</source>
        <translation>Obsolète</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>En file d&apos;attente</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Incomplete</source>
        <translation>Incomplète</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échouée</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Réussie</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
</context>
<context>
    <name>airdesk::models::DefinitionTableModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Identifiant</translation>
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
        <translation>Type</translation>
    </message>
</context>
<context>
    <name>airdesk::models::JobTableModel</name>
    <message>
        <source>Job</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Démarrée</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Enregistrements</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>Octets</translation>
    </message>
</context>
<context>
    <name>airdesk::models::JobText</name>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>En file d&apos;attente</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Incomplete</source>
        <translation>Incomplète</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échouée</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Réussie</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
</context>
<context>
    <name>airdesk::models::JsonTreeModel</name>
    <message numerus="yes">
        <source>{%n member(s)}</source>
        <translation>
            <numerusform>{%n membre}</numerusform>
            <numerusform>{%n membres}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>[%n item(s)]</source>
        <translation>
            <numerusform>[%n élément]</numerusform>
            <numerusform>[%n éléments]</numerusform>
        </translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
</context>
<context>
    <name>airdesk::models::LogIndex</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Impossible d&apos;ouvrir %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot map %1 into memory: %2</source>
        <translation>Impossible de projeter %1 en mémoire&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>airdesk::models::LogModel</name>
    <message>
        <source>Line %1</source>
        <translation>Ligne %1</translation>
    </message>
    <message>
        <source>There is no log to save.</source>
        <translation>Il n&apos;y a aucun journal à enregistrer.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>Impossible d&apos;enregistrer %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>airdesk::models::RecentJobsModel</name>
    <message>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Démarrée</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Enregistrements</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>Octets</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Manage Airbyte workspaces by point and click.</source>
        <translation>Gérez vos espaces de travail Airbyte en quelques clics.</translation>
    </message>
    <message>
        <source>Save a picture of the main window to &lt;file&gt; and quit.</source>
        <translation>Enregistrer une image de la fenêtre principale dans &lt;file&gt; puis quitter.</translation>
    </message>
    <message>
        <source>Options for the embedded sandbox (as airdesk-sandbox takes them).</source>
        <translation>Options du bac à sable intégré (telles qu&apos;airdesk-sandbox les accepte).</translation>
    </message>
    <message>
        <source>With --screenshot: the table to show (connections, sources, destinations or jobs).</source>
        <translation>Avec --screenshot&#xa0;: le tableau à afficher (connections, sources, destinations ou jobs).</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Bac à sable</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is not a JSON object: %2</source>
        <translation>%1 n&apos;est pas un objet JSON&#xa0;: %2</translation>
    </message>
    <message>
        <source>the top level is not an object</source>
        <translation>le niveau supérieur n&apos;est pas un objet</translation>
    </message>
    <message>
        <source>New connector</source>
        <translation>Nouveau connecteur</translation>
    </message>
    <message>
        <source>%1 cannot be used as a connector form: %2</source>
        <translation>%1 ne peut pas servir de formulaire de connecteur&#xa0;: %2</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>Impossible d&apos;écrire %1</translation>
    </message>
    <message>
        <source>With --screenshot: picture the deploy form for the connector spec &lt;file&gt; instead.</source>
        <translation>Avec --screenshot&#xa0;: représenter à la place le formulaire de déploiement pour la spécification de connecteur &lt;file&gt;.</translation>
    </message>
    <message>
        <source>Unknown page &quot;%1&quot;: use connections, sources, destinations, jobs or definitions.</source>
        <translation>Page inconnue «&#xa0;%1&#xa0;»&#xa0;: utilisez connections, sources, destinations, jobs ou definitions.</translation>
    </message>
</context>
</TS>
