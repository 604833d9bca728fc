<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ApplyPage</name>
    <message>
        <source>Steps and their results</source>
        <translation>Schritte und ihre Ergebnisse</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Applying</source>
        <translation>Anwenden</translation>
    </message>
    <message>
        <source>Envsmith writes .env, makes git ignore it and stores your values in the keychain.</source>
        <translation>Envsmith schreibt .env, sorgt dafür, dass git sie ignoriert, und speichert Ihre Werte im Schlüsselbund.</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>In Arbeit …</translation>
    </message>
    <message>
        <source>There is no plan to apply. Go back to the start and choose a folder.</source>
        <translation>Es gibt keinen Plan zum Anwenden. Gehen Sie zurück zum Anfang und wählen Sie einen Ordner.</translation>
    </message>
    <message>
        <source>Done. Your .env is ready in %1.</source>
        <translation>Fertig. Ihre .env liegt bereit in %1.</translation>
    </message>
    <message>
        <source>Your .env was written, but some steps failed: see the messages above for what to do.</source>
        <translation>Ihre .env wurde geschrieben, aber einige Schritte sind fehlgeschlagen: Was zu tun ist, steht in den Meldungen oben.</translation>
    </message>
    <message>
        <source>Your .env was not written: see the messages above for what went wrong and what to do. Your existing files are unchanged.</source>
        <translation>Ihre .env wurde nicht geschrieben: Was schiefging und was zu tun ist, steht in den Meldungen oben. Ihre vorhandenen Dateien sind unverändert.</translation>
    </message>
    <message>
        <source>Your previous .env was kept as %1.</source>
        <translation>Ihre bisherige .env wurde als %1 aufbewahrt.</translation>
    </message>
    <message>
        <source>Still to do: add %1 to .env.</source>
        <translation>Noch zu tun: %1 in .env eintragen.</translation>
    </message>
    <message>
        <source>Click Next to see the hygiene report.</source>
        <translation>Klicken Sie auf Weiter, um den Hygienebericht zu sehen.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>ApplyStep</name>
    <message>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>BitwardenCsvReader</name>
    <message>
        <source>Reading %1 was cancelled.</source>
        <translation>Das Lesen von %1 wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Not enough memory to read %1.</source>
        <translation>Nicht genug Arbeitsspeicher, um %1 zu lesen.</translation>
    </message>
    <message>
        <source>%1 is not a valid CSV file at line %2 (%3). Export the vault again from Bitwarden, and do not edit the file in a spreadsheet.</source>
        <translation>%1 ist in Zeile %2 keine gültige CSV-Datei (%3). Exportieren Sie den Tresor erneut aus Bitwarden und bearbeiten Sie die Datei nicht in einer Tabellenkalkulation.</translation>
    </message>
    <message>
        <source>%1 ends inside a quoted value (a quote is not closed). Export the vault again from Bitwarden, and do not edit the file in a spreadsheet.</source>
        <translation>%1 endet innerhalb eines Werts in Anführungszeichen (ein Anführungszeichen wird nicht geschlossen). Exportieren Sie den Tresor erneut aus Bitwarden und bearbeiten Sie die Datei nicht in einer Tabellenkalkulation.</translation>
    </message>
    <message>
        <source>%1 is empty. Export the vault again from Bitwarden.</source>
        <translation>%1 ist leer. Exportieren Sie den Tresor erneut aus Bitwarden.</translation>
    </message>
    <message>
        <source>%1 has no &quot;%2&quot; column, so it is not a Bitwarden CSV export. Export the vault again from Bitwarden as CSV.</source>
        <translation>%1 hat keine Spalte „%2“ und ist daher kein CSV-Export von Bitwarden. Exportieren Sie den Tresor erneut aus Bitwarden als CSV.</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 (it was probably saved by a spreadsheet); it was read as Latin-1, so some characters may be wrong. Export again from Bitwarden and do not open the file in a spreadsheet.</source>
        <translation>%1 ist nicht in UTF-8 (vermutlich von einer Tabellenkalkulation gespeichert); die Datei wurde als Latin-1 gelesen, daher können einige Zeichen falsch sein. Exportieren Sie erneut aus Bitwarden und öffnen Sie die Datei nicht in einer Tabellenkalkulation.</translation>
    </message>
    <message>
        <source>%1 is a CSV export: it does not say which custom fields are hidden, and it leaves out cards, identities and SSH keys. A password-protected JSON export keeps them.</source>
        <translation>%1 ist ein CSV-Export: Er gibt nicht an, welche benutzerdefinierten Felder verborgen sind, und lässt Karten, Identitäten und SSH-Schlüssel weg. Ein passwortgeschützter JSON-Export enthält sie.</translation>
    </message>
    <message>
        <source>%1: line %2 has %3 values where the header has %4 columns; it was read by column position as far as it goes.</source>
        <translation>%1: Zeile %2 hat %3 Werte, die Kopfzeile aber %4 Spalten; sie wurde, soweit möglich, nach Spaltenposition gelesen.</translation>
    </message>
</context>
<context>
    <name>BitwardenJsonReader</name>
    <message>
        <source>%1 is not valid JSON (line %2: %3). Export the vault again from Bitwarden, and do not edit the file.</source>
        <translation>%1 ist kein gültiges JSON (Zeile %2: %3). Exportieren Sie den Tresor erneut aus Bitwarden und bearbeiten Sie die Datei nicht.</translation>
    </message>
    <message>
        <source>%1 is JSON but not a Bitwarden export (it is not a JSON object). Choose the file Bitwarden&apos;s Export vault wrote.</source>
        <translation>%1 ist JSON, aber kein Bitwarden-Export (es ist kein JSON-Objekt). Wählen Sie die Datei, die „Tresor exportieren“ in Bitwarden geschrieben hat.</translation>
    </message>
    <message>
        <source>%1 is an account-restricted Bitwarden export: it is encrypted with your account&apos;s key, which is not in the file, so it cannot be opened without Bitwarden. Export it again with a password: in the Bitwarden app choose File &gt; Export vault (web vault: Tools &gt; Export vault), set the file format to &quot;.json (Encrypted)&quot;, choose the export type &quot;Password protected&quot;, enter a file password, export, and open the new file here with that password.</source>
        <translation>%1 ist ein kontogebundener Bitwarden-Export: Er ist mit dem Schlüssel Ihres Kontos verschlüsselt, der nicht in der Datei steht, und lässt sich daher ohne Bitwarden nicht öffnen. Exportieren Sie ihn erneut mit einem Passwort: Wählen Sie in der Bitwarden-App Datei &gt; Tresor exportieren (Web-Tresor: Werkzeuge &gt; Tresor exportieren), stellen Sie das Dateiformat „.json (Encrypted)“ ein, wählen Sie den Exporttyp „Password protected“, geben Sie ein Dateipasswort ein, exportieren Sie und öffnen Sie die neue Datei hier mit diesem Passwort.</translation>
    </message>
    <message>
        <source>Reading %1 was cancelled.</source>
        <translation>Das Lesen von %1 wurde abgebrochen.</translation>
    </message>
    <message>
        <source>%1 has no list of items, so it is not a complete Bitwarden export. Export the vault again from Bitwarden.</source>
        <translation>%1 hat keine Liste von Einträgen und ist daher kein vollständiger Bitwarden-Export. Exportieren Sie den Tresor erneut aus Bitwarden.</translation>
    </message>
    <message>
        <source>The decrypted content of %1 is itself encrypted, which Bitwarden never writes. Export the vault again from Bitwarden.</source>
        <translation>Der entschlüsselte Inhalt von %1 ist selbst verschlüsselt, was Bitwarden nie schreibt. Exportieren Sie den Tresor erneut aus Bitwarden.</translation>
    </message>
    <message>
        <source>%1: item %2 is not a JSON object and was left out.</source>
        <translation>%1: Eintrag %2 ist kein JSON-Objekt und wurde ausgelassen.</translation>
    </message>
    <message>
        <source>%1: item %2 (&quot;%3&quot;) has an item type Envsmith does not know; only its notes and custom fields were read.</source>
        <translation>%1: Eintrag %2 („%3“) hat einen Eintragstyp, den Envsmith nicht kennt; nur seine Notizen und benutzerdefinierten Felder wurden gelesen.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>(keine Angabe)</translation>
    </message>
    <message>
        <source>not a number</source>
        <translation>(keine Zahl)</translation>
    </message>
    <message>
        <source>%1: the member &quot;%2&quot; of this password-protected Bitwarden export is missing or malformed. The file is damaged; export the vault again from Bitwarden.</source>
        <translation>%1: Das Element „%2“ dieses passwortgeschützten Bitwarden-Exports fehlt oder ist fehlerhaft. Die Datei ist beschädigt; exportieren Sie den Tresor erneut aus Bitwarden.</translation>
    </message>
    <message>
        <source>%1 names key derivation type %2; Bitwarden uses 0 (PBKDF2-SHA256) or 1 (Argon2id). The file is damaged or was not made by Bitwarden; export the vault again.</source>
        <translation>%1 nennt den Schlüsselableitungstyp %2; Bitwarden verwendet 0 (PBKDF2-SHA256) oder 1 (Argon2id). Die Datei ist beschädigt oder stammt nicht von Bitwarden; exportieren Sie den Tresor erneut.</translation>
    </message>
    <message>
        <source>%1 asks for PBKDF2-SHA256 with %2 iterations; Bitwarden accepts %3 to %4. The file is damaged or was not made by Bitwarden, and it was not opened. Export the vault again from Bitwarden.</source>
        <translation>%1 verlangt PBKDF2-SHA256 mit %2 Iterationen; Bitwarden akzeptiert %3 bis %4. Die Datei ist beschädigt oder stammt nicht von Bitwarden und wurde nicht geöffnet. Exportieren Sie den Tresor erneut aus Bitwarden.</translation>
    </message>
    <message>
        <source>%1 asks for Argon2id with %2 iterations, %3 MiB of memory and parallelism %4; Bitwarden accepts %5 to %6 iterations, %7 to %8 MiB and parallelism %9 to %10. The file is damaged or was not made by Bitwarden, and it was not opened. Export the vault again from Bitwarden.</source>
        <translation>%1 verlangt Argon2id mit %2 Iterationen, %3 MiB Speicher und Parallelität %4; Bitwarden akzeptiert %5 bis %6 Iterationen, %7 bis %8 MiB und Parallelität %9 bis %10. Die Datei ist beschädigt oder stammt nicht von Bitwarden und wurde nicht geöffnet. Exportieren Sie den Tresor erneut aus Bitwarden.</translation>
    </message>
    <message>
        <source>%1 is protected with a password. Enter the password you chose when you exported it from Bitwarden.</source>
        <translation>%1 ist mit einem Passwort geschützt. Geben Sie das Passwort ein, das Sie beim Exportieren aus Bitwarden gewählt haben.</translation>
    </message>
    <message>
        <source>Could not derive the key of %1: not enough memory for its key derivation settings. Close other programs and try again.</source>
        <translation>Der Schlüssel von %1 konnte nicht abgeleitet werden: Der Speicher reicht für die Einstellungen seiner Schlüsselableitung nicht aus. Schließen Sie andere Programme und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Could not derive the keys of %1: OpenSSL&apos;s HKDF failed. Check the OpenSSL installation.</source>
        <translation>Die Schlüssel von %1 konnten nicht abgeleitet werden: HKDF von OpenSSL ist fehlgeschlagen. Prüfen Sie die OpenSSL-Installation.</translation>
    </message>
    <message>
        <source>The password for %1 is wrong. Enter the password you chose when you exported the file from Bitwarden (the file password, which may differ from your master password).</source>
        <translation>Das Passwort für %1 ist falsch. Geben Sie das Passwort ein, das Sie beim Exportieren der Datei aus Bitwarden gewählt haben (das Dateipasswort, das sich von Ihrem Master-Passwort unterscheiden kann).</translation>
    </message>
    <message>
        <source>%1 was changed after it was exported: the password is right, but the encrypted content does not match its checksum. Export the vault again from Bitwarden.</source>
        <translation>%1 wurde nach dem Export verändert: Das Passwort stimmt, aber der verschlüsselte Inhalt passt nicht zu seiner Prüfsumme. Exportieren Sie den Tresor erneut aus Bitwarden.</translation>
    </message>
    <message>
        <source>The decrypted content of %1 is not a Bitwarden JSON export. Export the vault again from Bitwarden.</source>
        <translation>Der entschlüsselte Inhalt von %1 ist kein Bitwarden-JSON-Export. Exportieren Sie den Tresor erneut aus Bitwarden.</translation>
    </message>
</context>
<context>
    <name>CliApplication</name>
    <message>
        <source>Unknown option &apos;%1&apos;. Options follow the command, e.g. &apos;envsmith check --format json&apos;. See &apos;envsmith --help&apos;.</source>
        <translation>Unbekannte Option „%1“. Optionen stehen hinter dem Befehl, z. B. „envsmith check --format json“. Siehe „envsmith --help“.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is neither a command nor an existing folder. See &apos;envsmith --help&apos;.</source>
        <translation>„%1“ ist weder ein Befehl noch ein vorhandener Ordner. Siehe „envsmith --help“.</translation>
    </message>
    <message>
        <source>Usage:
  envsmith [DIR]           Open the setup wizard on the repository in DIR (default: the current
                           folder when it has a template, else the bundled demo project).
  envsmith --demo          Open the wizard on a fresh copy of the bundled demo project.
</source>
        <translation>Aufruf:
  envsmith [DIR]           Öffnet den Einrichtungsassistenten für das Repository in DIR (Standard:
                           der aktuelle Ordner, wenn er eine Vorlage hat, sonst das mitgelieferte
                           Demoprojekt).
  envsmith --demo          Öffnet den Assistenten auf einer frischen Kopie des mitgelieferten
                           Demoprojekts.
</translation>
    </message>
    <message>
        <source>Options:
</source>
        <translation>Optionen:
</translation>
    </message>
    <message>
        <source>Values are never printed (except by get and generate) and never taken from the command line.
</source>
        <translation>Werte werden nie ausgegeben (außer von get und generate) und nie von der Befehlszeile übernommen.
</translation>
    </message>
    <message>
        <source>Usage:
</source>
        <translation>Aufruf:
</translation>
    </message>
    <message>
        <source>  envsmith setup [options] Create or complete .env without a window.
</source>
        <translation>  envsmith setup [options] .env ohne Fenster anlegen oder vervollständigen.
</translation>
    </message>
    <message>
        <source>  envsmith check [options] Print the repository&apos;s hygiene findings.
</source>
        <translation>  envsmith check [options] Die Hygiene-Befunde des Repositorys ausgeben.
</translation>
    </message>
    <message>
        <source>  envsmith set KEY [--file F] [--repo DIR] [--dialect npm|python]
                           Set KEY in .env (or F): the value is read from standard input (one
                           trailing line break removed) or typed at a hidden prompt, never from
                           the command line; only that line changes; 0600, atomic, with a backup.
</source>
        <translation>  envsmith set KEY [--file F] [--repo DIR] [--dialect npm|python]
                           KEY in .env (oder F) setzen: Der Wert wird von der Standardeingabe
                           gelesen (ein abschließender Zeilenumbruch wird entfernt) oder an einer
                           verdeckten Eingabeaufforderung eingegeben, nie von der Befehlszeile;
                           nur diese Zeile ändert sich; 0600, atomar, mit Sicherungskopie.
</translation>
    </message>
    <message>
        <source>  envsmith get KEY [--file F] [--repo DIR] [--dialect npm|python]
                           Print KEY&apos;s value (as the dialect&apos;s reader reads it) and a line break.
</source>
        <translation>  envsmith get KEY [--file F] [--repo DIR] [--dialect npm|python]
                           Den Wert von KEY ausgeben (so, wie der Leser des Dialekts ihn liest),
                           gefolgt von einem Zeilenumbruch.
</translation>
    </message>
    <message>
        <source>  envsmith lint FILE [--format text|json] [--dialect npm|python] [--schema SCHEMA]
                           Check an env file or template (dotenv-linter&apos;s checks, secrets,
                           values readers disagree on). Silence a region with a comment line
                           &apos;# envsmith-lint:off Check1,Check2&apos; ... &apos;# envsmith-lint:on&apos; (dotenv-
                           linter&apos;s &apos;# dotenv-linter:off&apos; works too). --schema checks it against a
                           dotenv-linter schema (.dotenv_schema.json: SchemaViolation).
</source>
        <translation>  envsmith lint FILE [--format text|json] [--dialect npm|python] [--schema SCHEMA]
                           Eine env-Datei oder Vorlage prüfen (die Prüfungen von dotenv-linter,
                           Geheimnisse, Werte, die Leser unterschiedlich lesen). Einen Bereich mit
                           einer Kommentarzeile stummschalten: &apos;# envsmith-lint:off Check1,Check2&apos;
                           ... &apos;# envsmith-lint:on&apos; (auch &apos;# dotenv-linter:off&apos; von dotenv-linter
                           wirkt). --schema prüft gegen ein dotenv-linter-Schema
                           (.dotenv_schema.json: SchemaViolation).
</translation>
    </message>
    <message>
        <source>  envsmith generate PROFILE
                           Print one new secret (the &apos;openssl rand&apos; replacement): base64(N),
                           base64url(N), hex(N) (N random bytes), alnum(N), password(N) (N
                           characters), uuid, laravel_key. Its entropy in bits goes to stderr,
                           with a warning below 128 bits or 32 characters.
</source>
        <translation>  envsmith generate PROFILE
                           Ein neues Geheimnis ausgeben (der Ersatz für &apos;openssl rand&apos;):
                           base64(N), base64url(N), hex(N) (N Zufallsbytes), alnum(N),
                           password(N) (N Zeichen), uuid, laravel_key. Seine Entropie in Bit geht
                           nach stderr, mit einer Warnung unter 128 Bit oder 32 Zeichen.
</translation>
    </message>
    <message>
        <source>  envsmith rotate VAR... [--repo DIR] [--yes] [--no-keychain]
                           New values for VAR... in .env and the keychain, after showing what
                           changes. Signing keys (JWT, SESSION, COOKIE, SIGNING, HMAC) keep the
                           old value as VAR_PREVIOUS (or the template&apos;s @previous=NAME); values
                           that embed a rotated one (DATABASE_URL) follow.
  envsmith rotate --finish VAR... [--repo DIR] [--yes]
                           Drop VAR_PREVIOUS from .env and the keychain: the rotation is done.
</source>
        <translation>  envsmith rotate VAR... [--repo DIR] [--yes] [--no-keychain]
                           Neue Werte für VAR... in .env und im Schlüsselbund, nachdem gezeigt
                           wurde, was sich ändert. Signaturschlüssel (JWT, SESSION, COOKIE,
                           SIGNING, HMAC) behalten den alten Wert als VAR_PREVIOUS (oder als
                           @previous=NAME der Vorlage); Werte, die einen rotierten Wert enthalten
                           (DATABASE_URL), ziehen nach.
  envsmith rotate --finish VAR... [--repo DIR] [--yes]
                           VAR_PREVIOUS aus .env und dem Schlüsselbund entfernen: Die Rotation
                           ist abgeschlossen.
</translation>
    </message>
    <message>
        <source>  envsmith restore [--repo DIR]
                           Rebuild a missing .env from the keychain, in the template&apos;s order
                           with its comments.
</source>
        <translation>  envsmith restore [--repo DIR]
                           Eine fehlende .env aus dem Schlüsselbund wiederherstellen, in der
                           Reihenfolge der Vorlage und mit ihren Kommentaren.
</translation>
    </message>
    <message>
        <source>  envsmith help | --help   Show this text.   envsmith --version   Show the version.
  envsmith COMMAND --help  Show the help of one command.
</source>
        <translation>  envsmith help | --help   Diesen Text zeigen.   envsmith --version   Die Version zeigen.
  envsmith COMMAND --help  Die Hilfe zu einem Befehl zeigen.
</translation>
    </message>
    <message>
        <source>setup reads the template (.env.example, .env.sample, .env.template or .env.dist), keeps the values
of an existing .env, generates missing secrets with libsodium, keeps plain configuration from the
template, derives values that embed others (a DATABASE_URL with the database password), makes git
ignore .env, .env.local and .env.*.local, writes .env atomically with mode 0600 (the old file is
kept as .env.envsmith-backup-&lt;time&gt;), and stores every value in the OS keychain. Keys of outside
services (API keys) are never generated: they are left empty and listed as to do.
</source>
        <translation>setup liest die Vorlage (.env.example, .env.sample, .env.template oder .env.dist), behält die
Werte einer vorhandenen .env, erzeugt fehlende Geheimnisse mit libsodium, übernimmt einfache
Konfiguration aus der Vorlage, leitet Werte ab, die andere enthalten (eine DATABASE_URL mit dem
Datenbankpasswort), lässt git .env, .env.local und .env.*.local ignorieren, schreibt .env atomar mit
den Rechten 0600 (die alte Datei bleibt als .env.envsmith-backup-&lt;Zeit&gt; erhalten) und speichert jeden
Wert im Schlüsselbund des Betriebssystems. Schlüssel externer Dienste (API-Schlüssel) werden nie
erzeugt: Sie bleiben leer und werden als offen aufgeführt.
</translation>
    </message>
    <message>
        <source>  --repo DIR               The repository (default: the current folder).
</source>
        <translation>  --repo DIR               Das Repository (Standard: der aktuelle Ordner).
</translation>
    </message>
    <message>
        <source>  --yes                    Apply without asking (setup asks on a terminal, refuses otherwise).
  --no-keychain            setup: do not store values in the OS keychain.
  --follow-symlink         setup: when .env is a symbolic link, write to the file it points to.
</source>
        <translation>  --yes                    Ohne Rückfrage anwenden (setup fragt an einem Terminal, sonst lehnt es
                           ab).
  --no-keychain            setup: Werte nicht im Schlüsselbund des Betriebssystems speichern.
  --follow-symlink         setup: Ist .env ein symbolischer Link, in die Datei schreiben, auf die
                           er zeigt.
</translation>
    </message>
    <message>
        <source>  --no-keychain            check: search the tree for the values in .env only, not for those in
                           the OS keychain (not searched anyway while it is locked).
</source>
        <translation>  --no-keychain            check: den Arbeitsbaum nur nach den Werten in .env durchsuchen, nicht
                           nach denen im Schlüsselbund (solange er gesperrt ist, wird er ohnehin
                           nicht durchsucht).
</translation>
    </message>
    <message>
        <source>  --format text|json       Output as text (default) or JSON.
</source>
        <translation>  --format text|json       Ausgabe als Text (Standard) oder JSON.
</translation>
    </message>
    <message>
        <source>Exit codes:
  0  success; check, lint: no finding of severity error
  1  check, lint: at least one finding of severity error
  2  usage error, or a confirmation was needed (run again with --yes / --follow-symlink)
  3  failed: nothing was written (no template, unreadable .env, read-only folder, ...)
  4  incomplete: .env was written but a later step failed (e.g. the keychain is unavailable);
     sync: a variable was left unresolved or a conflict kept (not taken with --take-vault);
     check: no finding of severity error, but a check could not be done (not a git repository,
     a bare or shallow repository, git missing, the secret scan failed, .env&apos;s values not
     searched for), marked incomplete in the report;
     scan: no finding, but something could not be scanned (listed in the output)
  5  cancelled at the confirmation question
</source>
        <translation>Exit-Codes:
  0  Erfolg; check, lint: kein Befund mit Schweregrad error
  1  check, lint: mindestens ein Befund mit Schweregrad error
  2  Aufruffehler, oder eine Bestätigung war nötig (erneut mit --yes / --follow-symlink ausführen)
  3  fehlgeschlagen: nichts wurde geschrieben (keine Vorlage, .env nicht lesbar, Ordner
     schreibgeschützt, ...)
  4  unvollständig: .env wurde geschrieben, aber ein späterer Schritt schlug fehl (z. B. ist der
     Schlüsselbund nicht verfügbar); sync: eine Variable blieb ungelöst oder ein Konflikt wurde
     beibehalten (nicht mit --take-vault übernommen); check: kein Befund mit Schweregrad error,
     aber eine Prüfung konnte nicht durchgeführt werden (kein git-Repository, ein Bare- oder
     flaches Repository, git fehlt, die Geheimnissuche schlug fehl, nach den Werten aus .env
     wurde nicht gesucht), im Bericht als unvollständig markiert; scan: kein Befund, aber etwas
     konnte nicht durchsucht werden (in der Ausgabe aufgeführt)
  5  bei der Bestätigungsfrage abgebrochen
</translation>
    </message>
</context>
<context>
    <name>CommandOptions</name>
    <message>
        <source>envsmith %1: unknown argument &apos;%2&apos;. See &apos;envsmith --help&apos;.</source>
        <translation>envsmith %1: unbekanntes Argument „%2“. Siehe „envsmith --help“.</translation>
    </message>
    <message>
        <source>envsmith %1: --%2 needs a value. See &apos;envsmith --help&apos;.</source>
        <translation>envsmith %1: --%2 braucht einen Wert. Siehe „envsmith --help“.</translation>
    </message>
    <message>
        <source>envsmith %1: --format takes &apos;text&apos; or &apos;json&apos;, not &apos;%2&apos;.</source>
        <translation>envsmith %1: --format nimmt „text“ oder „json“, nicht „%2“.</translation>
    </message>
    <message>
        <source>envsmith %1: --%2 takes no value.</source>
        <translation>envsmith %1: --%2 nimmt keinen Wert.</translation>
    </message>
</context>
<context>
    <name>CommitGuardInstaller</name>
    <message>
        <source>envsmith commit guard: the envsmith program was not found, so the staged changes were not
checked and the commit is stopped.
  - Install envsmith or put it on PATH, then commit again; run &apos;envsmith install-hook&apos; again
    after moving it.
  - Or remove the guard: &apos;envsmith install-hook --uninstall&apos;, or delete this hook file.
  - Last resort, skipping every hook of this one commit: git commit --no-verify
</source>
        <translation>envsmith-Commit-Schutz: Das Programm envsmith wurde nicht gefunden, daher wurden die vorgemerkten
Änderungen nicht geprüft und der Commit wird angehalten.
  - Installieren Sie envsmith oder nehmen Sie es in den PATH auf und committen Sie erneut; führen
    Sie nach einem Verschieben erneut „envsmith install-hook“ aus.
  - Oder entfernen Sie den Schutz: „envsmith install-hook --uninstall“, oder löschen Sie diese
    Hook-Datei.
  - Letzter Ausweg, der jeden Hook nur dieses einen Commits überspringt: git commit --no-verify
</translation>
    </message>
    <message>
        <source>envsmith commit guard: commit stopped. The staged changes add an env file or a secret (listed
above).
To fix:
  - an env file (.env, .env.local, .env.*.local): unstage it with &apos;git rm --cached .env&apos; (its
    name as listed) and keep it ignored (&apos;envsmith setup&apos; adds it to .gitignore);
  - a secret in a file: move the value to .env, read it from the environment in the code,
    then &apos;git add&apos; the file again; if it was ever pushed, rotate it (&apos;envsmith rotate NAME&apos;).
To allow a finding that is not a secret:
  - add a comment containing &apos;gitleaks:allow&apos; on its line, or
  - add its fingerprint (see &apos;envsmith scan --staged --format json&apos;) as a line of
    .gitleaksignore at the top of the repository.
Last resort, skipping every hook of this one commit: git commit --no-verify
</source>
        <translation>envsmith-Commit-Schutz: Commit angehalten. Die vorgemerkten Änderungen fügen eine env-Datei oder ein
Geheimnis hinzu (oben aufgeführt).
Zur Behebung:
  - eine env-Datei (.env, .env.local, .env.*.local): Nehmen Sie sie mit „git rm --cached .env“
    (ihr Name wie aufgeführt) aus der Vormerkung und lassen Sie sie ignorieren („envsmith setup“
    trägt sie in .gitignore ein);
  - ein Geheimnis in einer Datei: Verschieben Sie den Wert nach .env, lesen Sie ihn im Code aus der
    Umgebung und führen Sie dann erneut „git add“ für die Datei aus; wurde er je gepusht, rotieren
    Sie ihn („envsmith rotate NAME“).
Um einen Befund zuzulassen, der kein Geheimnis ist:
  - fügen Sie in seiner Zeile einen Kommentar mit „gitleaks:allow“ hinzu, oder
  - tragen Sie seinen Fingerabdruck (siehe „envsmith scan --staged --format json“) als Zeile in
    .gitleaksignore im obersten Ordner des Repositorys ein.
Letzter Ausweg, der jeden Hook nur dieses einen Commits überspringt: git commit --no-verify
</translation>
    </message>
    <message>
        <source>envsmith commit guard: &apos;envsmith scan --staged&apos; failed (its message is above), so the staged
changes were not checked and the commit is stopped. Fix what it says and commit again.
Last resort, skipping every hook of this one commit: git commit --no-verify
</source>
        <translation>envsmith-Commit-Schutz: „envsmith scan --staged“ ist fehlgeschlagen (die Meldung steht oben), daher
wurden die vorgemerkten Änderungen nicht geprüft und der Commit wird angehalten. Beheben Sie, was
dort steht, und committen Sie erneut.
Letzter Ausweg, der jeden Hook nur dieses einen Commits überspringt: git commit --no-verify
</translation>
    </message>
    <message>
        <source>Cannot create the hooks folder %1. Check that its parent folder is writable for your user (or change core.hooksPath).</source>
        <translation>Der Hook-Ordner %1 kann nicht angelegt werden. Prüfen Sie, ob sein übergeordneter Ordner für Ihr Benutzerkonto beschreibbar ist (oder ändern Sie core.hooksPath).</translation>
    </message>
    <message>
        <source>%1 is not Envsmith&apos;s hook, and %2 (kept by an earlier install) exists too. Merge the two hooks by hand into %2, delete %1, and install again.</source>
        <translation>%1 ist nicht der Hook von Envsmith, und %2 (von einer früheren Installation aufbewahrt) existiert ebenfalls. Führen Sie die beiden Hooks von Hand in %2 zusammen, löschen Sie %1 und installieren Sie erneut.</translation>
    </message>
    <message>
        <source>The previous hook is now %1: rename it back to %2.</source>
        <translation>Der bisherige Hook heißt jetzt %1: Benennen Sie ihn zurück in %2 um.</translation>
    </message>
    <message>
        <source>%1 is not Envsmith&apos;s hook, so it was left alone; %2 (kept by an earlier install) exists too. Merge them by hand.</source>
        <translation>%1 ist nicht der Hook von Envsmith und wurde daher nicht angetastet; %2 (von einer früheren Installation aufbewahrt) existiert ebenfalls. Führen Sie die beiden von Hand zusammen.</translation>
    </message>
    <message>
        <source>Cannot delete the hook %1. Make the hooks folder writable for your user and try again.</source>
        <translation>Der Hook %1 kann nicht gelöscht werden. Machen Sie den Hook-Ordner für Ihr Benutzerkonto beschreibbar und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>envsmith commit guard: commit stopped. Some staged files could not be scanned (listed above,
e.g. larger than the scan limit), so the commit is not known to be free of secrets. Keep such
files out of git, or check them yourself.
Last resort, skipping every hook of this one commit: git commit --no-verify
</source>
        <translation>envsmith-Commit-Schutz: Commit angehalten. Einige vorgemerkte Dateien konnten nicht durchsucht werden
(oben aufgeführt, z. B. größer als die Obergrenze), daher ist nicht sicher, dass der Commit frei von
Geheimnissen ist. Halten Sie solche Dateien aus git heraus oder prüfen Sie sie selbst.
Letzter Ausweg, der jeden Hook nur dieses einen Commits überspringt: git commit --no-verify
</translation>
    </message>
    <message>
        <source>git could not tell the hooks folder of %1: %2</source>
        <translation>git konnte den Hook-Ordner von %1 nicht ermitteln: %2</translation>
    </message>
    <message>
        <source>%1 is a folder, not a hook file. Move it away and install again.</source>
        <translation>%1 ist ein Ordner, keine Hook-Datei. Verschieben Sie ihn und installieren Sie erneut.</translation>
    </message>
    <message>
        <source>Cannot read the hook %1 (%2). Check its permissions.</source>
        <translation>Der Hook %1 kann nicht gelesen werden (%2). Prüfen Sie die Zugriffsrechte.</translation>
    </message>
    <message>
        <source>Cannot rename %1 to %2 (the folder is not writable?). Make the hooks folder writable for your user and try again.</source>
        <translation>%1 kann nicht in %2 umbenannt werden (ist der Ordner nicht beschreibbar?). Machen Sie den Hook-Ordner für Ihr Benutzerkonto beschreibbar und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Cannot write the hook %1 (%2). Make the hooks folder writable for your user and try again.</source>
        <translation>Der Hook %1 kann nicht geschrieben werden (%2). Machen Sie den Hook-Ordner für Ihr Benutzerkonto beschreibbar und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Cannot make the hook %1 executable. Run `chmod +x` on it.</source>
        <translation>Der Hook %1 kann nicht ausführbar gemacht werden. Führen Sie `chmod +x` darauf aus.</translation>
    </message>
</context>
<context>
    <name>Console</name>
    <message>
        <source>[y/N]</source>
        <translation>[j/N]</translation>
    </message>
    <message>
        <source>y</source>
        <translation>j</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
</context>
<context>
    <name>DemoProject</name>
    <message>
        <source>Cannot create the folder %1 for the demo project.</source>
        <translation>Der Ordner %1 für das Demoprojekt kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot create the demo project in %1: the folder is not writable.</source>
        <translation>Das Demoprojekt kann nicht in %1 angelegt werden: Der Ordner ist nicht beschreibbar.</translation>
    </message>
    <message>
        <source>Cannot write the demo file %1: %2</source>
        <translation>Die Demodatei %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot make the demo project a git repository: git %1 failed (%2).</source>
        <translation>Das Demoprojekt kann nicht zu einem git-Repository gemacht werden: git %1 ist fehlgeschlagen (%2).</translation>
    </message>
</context>
<context>
    <name>DerivationFinder</name>
    <message>
        <source>the template value refers to %1</source>
        <translation>der Wert in der Vorlage verweist auf %1</translation>
    </message>
    <message>
        <source>the comment says it is the same as %1</source>
        <translation>laut Kommentar ist er derselbe wie %1</translation>
    </message>
    <message>
        <source>the URL&apos;s password is the value of %1</source>
        <translation>das Passwort in der URL ist der Wert von %1</translation>
    </message>
    <message>
        <source>a copy of %1</source>
        <translation>eine Kopie von %1</translation>
    </message>
    <message>
        <source>a URL with the password of an outside server</source>
        <translation>eine URL mit dem Passwort eines externen Servers</translation>
    </message>
</context>
<context>
    <name>DotenvCommandOptions</name>
    <message>
        <source>envsmith %1 takes one %2 and no other argument; values are read from standard input, never from the command line. See &apos;envsmith --help&apos;.</source>
        <translation>envsmith %1 nimmt ein %2 und kein weiteres Argument; Werte werden von der Standardeingabe gelesen, nie von der Befehlszeile. Siehe „envsmith --help“.</translation>
    </message>
    <message>
        <source>envsmith %1: unknown option &apos;--%2&apos;. See &apos;envsmith --help&apos;.</source>
        <translation>envsmith %1: unbekannte Option „--%2“. Siehe „envsmith --help“.</translation>
    </message>
    <message>
        <source>envsmith %1: --%2 needs a value. See &apos;envsmith --help&apos;.</source>
        <translation>envsmith %1: --%2 braucht einen Wert. Siehe „envsmith --help“.</translation>
    </message>
    <message>
        <source>envsmith %1: --dialect takes &apos;npm&apos; or &apos;python&apos;, not &apos;%2&apos;.</source>
        <translation>envsmith %1: --dialect nimmt „npm“ oder „python“, nicht „%2“.</translation>
    </message>
    <message>
        <source>envsmith %1: --format takes &apos;text&apos; or &apos;json&apos;, not &apos;%2&apos;.</source>
        <translation>envsmith %1: --format nimmt „text“ oder „json“, nicht „%2“.</translation>
    </message>
    <message>
        <source>envsmith %1 needs a %2. See &apos;envsmith --help&apos;.</source>
        <translation>envsmith %1 braucht ein %2. Siehe „envsmith --help“.</translation>
    </message>
</context>
<context>
    <name>DotenvDocument</name>
    <message>
        <source>%1 is not a name every dotenv reader accepts; use only letters, digits and underscores, not starting with a digit</source>
        <translation>%1 ist kein Name, den jeder dotenv-Leser akzeptiert; verwenden Sie nur Buchstaben, Ziffern und Unterstriche, nicht mit einer Ziffer beginnend</translation>
    </message>
    <message>
        <source>Setting %1</source>
        <translation>Das Setzen von %1</translation>
    </message>
    <message>
        <source>Adding a comment</source>
        <translation>Das Hinzufügen eines Kommentars</translation>
    </message>
    <message>
        <source>Adding an empty line</source>
        <translation>Das Hinzufügen einer Leerzeile</translation>
    </message>
    <message>
        <source>%1 would make the file unreadable (%2); fix the quotes on the lines before it by hand first</source>
        <translation>%1 würde die Datei unlesbar machen (%2); korrigieren Sie zuerst von Hand die Anführungszeichen in den Zeilen davor</translation>
    </message>
    <message>
        <source>%1 would change how the lines from line %2 on are read, because a quoted value there runs on past its line; fix the quotes there by hand first</source>
        <translation>%1 würde ändern, wie die Zeilen ab Zeile %2 gelesen werden, weil ein Wert in Anführungszeichen dort über seine Zeile hinausläuft; korrigieren Sie dort zuerst von Hand die Anführungszeichen</translation>
    </message>
</context>
<context>
    <name>DotenvError</name>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>Zeile %1, Spalte %2: %3</translation>
    </message>
</context>
<context>
    <name>DotenvLinter</name>
    <message>
        <source>%1:%2 %3 (%4): %5. Fix: %6.
</source>
        <translation>%1:%2 %3 (%4): %5. Behebung: %6.
</translation>
    </message>
    <message>
        <source>%1: no problems found.
</source>
        <translation>%1: keine Probleme gefunden.
</translation>
    </message>
    <message>
        <source>%1: %2 error(s), %3 warning(s).
</source>
        <translation>%1: %2 Fehler, %3 Warnung(en).
</translation>
    </message>
</context>
<context>
    <name>DotenvScanner</name>
    <message>
        <source>the value of %1 opens with %2 but that quote is never closed; add the closing %2 at the end of the value</source>
        <translation>der Wert von %1 beginnt mit %2, das aber nie geschlossen wird; fügen Sie am Ende des Werts ein schließendes %2 an</translation>
    </message>
    <message>
        <source>a backtick (`)</source>
        <translation>` (Backtick)</translation>
    </message>
    <message>
        <source>the file contains a NUL byte, so it is not a text file; remove the NUL byte or check that this is the right file</source>
        <translation>die Datei enthält ein NUL-Byte und ist daher keine Textdatei; entfernen Sie das NUL-Byte oder prüfen Sie, ob dies die richtige Datei ist</translation>
    </message>
    <message>
        <source>this is not valid UTF-8 text; save the file as UTF-8 (without a byte order mark) and try again</source>
        <translation>dies ist kein gültiger UTF-8-Text; speichern Sie die Datei als UTF-8 (ohne Byte Order Mark) und versuchen Sie es erneut</translation>
    </message>
</context>
<context>
    <name>DotenvSchema</name>
    <message>
        <source>%1 is not a dotenv-linter schema: %2. It must be a JSON object with &quot;entries&quot;.</source>
        <translation>%1 ist kein dotenv-linter-Schema: %2. Es muss ein JSON-Objekt mit „entries“ sein.</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>kein JSON-Objekt</translation>
    </message>
    <message>
        <source>%1: %2 has the unknown type &quot;%3&quot;; use String, Integer, Float, Boolean, Url or Email.</source>
        <translation>%1: %2 hat den unbekannten Typ „%3“; verwenden Sie String, Integer, Float, Boolean, Url oder Email.</translation>
    </message>
    <message>
        <source>%1: the regex of %2 is not valid: %3.</source>
        <translation>%1: Der reguläre Ausdruck von %2 ist ungültig: %3.</translation>
    </message>
    <message>
        <source>Cannot read the schema %1: %2. Check the path given to --schema.</source>
        <translation>Das Schema %1 kann nicht gelesen werden: %2. Prüfen Sie den Pfad, der an --schema übergeben wurde.</translation>
    </message>
</context>
<context>
    <name>DotenvValueFormatter</name>
    <message>
        <source>a dollar sign ($): dotenv-expand (Next.js, Vite) expands it even inside quotes, and python-dotenv and Docker Compose expand ${...}</source>
        <translation>ein Dollarzeichen ($): dotenv-expand (Next.js, Vite) ersetzt es sogar in Anführungszeichen, und python-dotenv sowie Docker Compose ersetzen ${...}</translation>
    </message>
    <message>
        <source>a backslash: npm dotenv and Node keep it, but python-dotenv, Docker Compose and Ruby dotenv read it as an escape</source>
        <translation>einen Backslash: npm dotenv und Node behalten ihn, python-dotenv, Docker Compose und Ruby dotenv lesen ihn aber als Escape-Zeichen</translation>
    </message>
    <message>
        <source>a line break: docker run --env-file and dotenv before version 15 read only the first line, and the escaped form \n is not expanded by Ruby dotenv or a shell</source>
        <translation>einen Zeilenumbruch: docker run --env-file und dotenv vor Version 15 lesen nur die erste Zeile, und die maskierte Form \n wird von Ruby dotenv und einer Shell nicht umgewandelt</translation>
    </message>
    <message>
        <source>both a single (&apos;) and a double (&quot;) quote: no escape is read the same way by npm dotenv, Node --env-file and python-dotenv</source>
        <translation>sowohl ein einfaches (&apos;) als auch ein doppeltes (&quot;) Anführungszeichen: Keine Maskierung wird von npm dotenv, Node --env-file und python-dotenv gleich gelesen</translation>
    </message>
    <message>
        <source>a double quote (&quot;): inside single quotes phpdotenv (Laravel) can misread it, and inside double quotes it needs an escape that npm dotenv keeps</source>
        <translation>ein doppeltes Anführungszeichen (&quot;): In einfachen Anführungszeichen kann phpdotenv (Laravel) es falsch lesen, und in doppelten braucht es eine Maskierung, die npm dotenv beibehält</translation>
    </message>
    <message>
        <source>a single quote (&apos;) together with a backtick (`): the value would need double quotes, in which a shell that sources the file runs the backtick text as a command</source>
        <translation>ein einfaches Anführungszeichen (&apos;) zusammen mit einem Backtick (`): Der Wert bräuchte doppelte Anführungszeichen, in denen eine Shell, die die Datei einliest, den Text in Backticks als Befehl ausführt</translation>
    </message>
    <message>
        <source>a NUL byte, which no dotenv reader reads</source>
        <translation>ein NUL-Byte, das kein dotenv-Leser liest</translation>
    </message>
    <message>
        <source>a control character other than tab, which dotenv readers treat differently</source>
        <translation>ein anderes Steuerzeichen als Tab, das dotenv-Leser unterschiedlich behandeln</translation>
    </message>
    <message>
        <source>bytes that are not valid UTF-8</source>
        <translation>Bytes, die kein gültiges UTF-8 sind</translation>
    </message>
    <message>
        <source>the value cannot be written so that every dotenv reader reads it the same way. It contains %1. Use a value without these characters (for generated secrets, an alphabet such as base64url needs no quoting).</source>
        <translation>der Wert lässt sich nicht so schreiben, dass jeder dotenv-Leser ihn gleich liest. Er enthält %1. Verwenden Sie einen Wert ohne diese Zeichen (für erzeugte Geheimnisse braucht ein Alphabet wie base64url keine Anführungszeichen).</translation>
    </message>
</context>
<context>
    <name>DuplicatedKeyCheck</name>
    <message>
        <source>The %1 key is duplicated</source>
        <translation>Der Schlüssel %1 ist doppelt vorhanden</translation>
    </message>
    <message>
        <source>Remove the other assignments of %1; every reader uses the last one</source>
        <translation>Entfernen Sie die anderen Zuweisungen von %1; jeder Leser verwendet die letzte</translation>
    </message>
</context>
<context>
    <name>EndingBlankLineCheck</name>
    <message>
        <source>No blank line at the end of the file</source>
        <translation>Keine Leerzeile am Dateiende</translation>
    </message>
    <message>
        <source>End the last line with a line break</source>
        <translation>Beenden Sie die letzte Zeile mit einem Zeilenumbruch</translation>
    </message>
</context>
<context>
    <name>EnterValueDialog</name>
    <message>
        <source>Enter value</source>
        <translation>Wert eingeben</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Anzeigen</translation>
    </message>
    <message>
        <source>Show the value while typing</source>
        <translation>Den Wert beim Tippen anzeigen</translation>
    </message>
    <message>
        <source>Enter value for %1</source>
        <translation>Wert für %1 eingeben</translation>
    </message>
    <message>
        <source>Value of %1:</source>
        <translation>Wert von %1:</translation>
    </message>
    <message>
        <source>Value of %1 (your %2 key):</source>
        <translation>Wert von %1 (Ihr %2-Schlüssel):</translation>
    </message>
    <message>
        <source>Value of %1</source>
        <translation>Wert von %1</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>EnvFileWriter</name>
    <message>
        <source>Cannot write %1: the folder %2 is read-only for you (%3). Make it writable (or run Envsmith as the folder&apos;s owner), or choose another location.</source>
        <translation>%1 kann nicht geschrieben werden: Der Ordner %2 ist für Sie schreibgeschützt (%3). Machen Sie ihn beschreibbar (oder starten Sie Envsmith als Eigentümer des Ordners), oder wählen Sie einen anderen Ort.</translation>
    </message>
    <message>
        <source>Cannot write %1: the disk or your quota is full (%2). Free some space and try again; the existing file was not changed.</source>
        <translation>%1 kann nicht geschrieben werden: Der Datenträger oder Ihr Kontingent ist voll (%2). Geben Sie Platz frei und versuchen Sie es erneut; die vorhandene Datei wurde nicht geändert.</translation>
    </message>
    <message>
        <source>Cannot write %1: the folder %2 does not exist (%3). Create it or choose another location.</source>
        <translation>%1 kann nicht geschrieben werden: Der Ordner %2 existiert nicht (%3). Legen Sie ihn an oder wählen Sie einen anderen Ort.</translation>
    </message>
    <message>
        <source>Cannot write %1 (%2). The existing file was not changed; fix the cause and try again.</source>
        <translation>%1 kann nicht geschrieben werden (%2). Die vorhandene Datei wurde nicht geändert; beheben Sie die Ursache und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Cannot write %1: the folder %2 does not exist. Create it or choose another location.</source>
        <translation>%1 kann nicht geschrieben werden: Der Ordner %2 existiert nicht. Legen Sie ihn an oder wählen Sie einen anderen Ort.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2 is not a folder.</source>
        <translation>%1 kann nicht geschrieben werden: %2 ist kein Ordner.</translation>
    </message>
    <message>
        <source>Refusing to write %1: it is a symbolic link (to %2). Replace the link with a regular file yourself, or allow replacing it (the file it points to is left unchanged).</source>
        <translation>%1 wird nicht geschrieben: Es ist ein symbolischer Link (auf %2). Ersetzen Sie den Link selbst durch eine reguläre Datei oder erlauben Sie das Ersetzen (die Datei, auf die er zeigt, bleibt unverändert).</translation>
    </message>
    <message>
        <source>Cannot write %1: it is a folder. Move it away or choose another file name.</source>
        <translation>%1 kann nicht geschrieben werden: Es ist ein Ordner. Verschieben Sie ihn oder wählen Sie einen anderen Dateinamen.</translation>
    </message>
    <message>
        <source>Cannot read the existing %1 (%2). Check its permissions; it was not changed.</source>
        <translation>Die vorhandene %1 kann nicht gelesen werden (%2). Prüfen Sie die Zugriffsrechte; sie wurde nicht geändert.</translation>
    </message>
    <message>
        <source>%1 was created by someone else since Envsmith looked. Review it, then run again; it was not changed.</source>
        <translation>%1 wurde von jemand anderem angelegt, seit Envsmith nachgesehen hat. Prüfen Sie sie und starten Sie erneut; sie wurde nicht geändert.</translation>
    </message>
    <message>
        <source>%1 was changed or removed by someone else since Envsmith read it. Review it, then run again; it was not changed.</source>
        <translation>%1 wurde von jemand anderem geändert oder entfernt, seit Envsmith sie gelesen hat. Prüfen Sie sie und starten Sie erneut; sie wurde nicht geändert.</translation>
    </message>
    <message>
        <source>%1 was written, but the folder %2 could not be flushed to disk (%3): the change may be lost if the computer crashes now. Check the disk.</source>
        <translation>%1 wurde geschrieben, aber der Ordner %2 konnte nicht auf den Datenträger geschrieben werden (%3): Bei einem Absturz jetzt kann die Änderung verloren gehen. Prüfen Sie den Datenträger.</translation>
    </message>
</context>
<context>
    <name>EnvTemplate</name>
    <message>
        <source>a 1Password secret reference (op://)</source>
        <translation>eine 1Password-Geheimnisreferenz (op://)</translation>
    </message>
    <message>
        <source>The template %1 does not exist. Check the path, or add a .env.example with one KEY=value line per variable.</source>
        <translation>Die Vorlage %1 existiert nicht. Prüfen Sie den Pfad oder legen Sie eine .env.example mit einer Zeile KEY=value je Variable an.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a template file. Choose the .env.example file itself.</source>
        <translation>%1 ist ein Ordner, keine Vorlagendatei. Wählen Sie die Datei .env.example selbst.</translation>
    </message>
    <message>
        <source>Cannot read the template %1 (%2). Check its permissions.</source>
        <translation>Die Vorlage %1 kann nicht gelesen werden (%2). Prüfen Sie die Zugriffsrechte.</translation>
    </message>
    <message>
        <source>The template %1 cannot be read as a dotenv file: %2. Fix that line, then try again.</source>
        <translation>Die Vorlage %1 kann nicht als dotenv-Datei gelesen werden: %2. Korrigieren Sie diese Zeile und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>annotated @sensitive</source>
        <translation>mit @sensitive markiert</translation>
    </message>
    <message>
        <source>annotated @vault=%1</source>
        <translation>mit @vault=%1 markiert</translation>
    </message>
    <message>
        <source>annotated @generate</source>
        <translation>mit @generate markiert</translation>
    </message>
    <message>
        <source>@generate=%1</source>
        <translation>@generate=%1</translation>
    </message>
</context>
<context>
    <name>ExtraBlankLineCheck</name>
    <message>
        <source>Extra blank line detected</source>
        <translation>Überzählige Leerzeile gefunden</translation>
    </message>
    <message>
        <source>Remove the extra empty line</source>
        <translation>Entfernen Sie die überzählige Leerzeile</translation>
    </message>
</context>
<context>
    <name>GenerateCommand</name>
    <message>
        <source>envsmith generate takes one profile, e.g. envsmith generate base64(32). Profiles: base64(N), base64url(N), hex(N) (N random bytes), alnum(N), password(N) (N characters), uuid, laravel_key. See &apos;envsmith --help&apos;.</source>
        <translation>envsmith generate nimmt ein Profil, z. B. envsmith generate base64(32). Profile: base64(N), base64url(N), hex(N) (N Zufallsbytes), alnum(N), password(N) (N Zeichen), uuid, laravel_key. Siehe „envsmith --help“.</translation>
    </message>
    <message>
        <source>envsmith generate: &apos;%1&apos; is not a profile. Use base64(N), base64url(N), hex(N), alnum(N), password(N) with N in 1..4096, uuid or laravel_key.</source>
        <translation>envsmith generate: „%1“ ist kein Profil. Verwenden Sie base64(N), base64url(N), hex(N), alnum(N), password(N) mit N in 1..4096, uuid oder laravel_key.</translation>
    </message>
    <message>
        <source>envsmith generate: could not write the value to standard output.</source>
        <translation>envsmith generate: Der Wert konnte nicht auf die Standardausgabe geschrieben werden.</translation>
    </message>
    <message>
        <source>%1 bits of entropy (%2, %3 characters)</source>
        <translation>%1 Bit Entropie (%2, %3 Zeichen)</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
</context>
<context>
    <name>GetCommand</name>
    <message>
        <source>envsmith get: %1 is a folder, not an env file; name a file with --file.</source>
        <translation>envsmith get: %1 ist ein Ordner, keine env-Datei; nennen Sie eine Datei mit --file.</translation>
    </message>
    <message>
        <source>envsmith get: cannot read %1 (%2).</source>
        <translation>envsmith get: %1 kann nicht gelesen werden (%2).</translation>
    </message>
    <message>
        <source>envsmith get: %1 cannot be read: %2</source>
        <translation>envsmith get: %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>envsmith get: %1 is not set in %2.</source>
        <translation>envsmith get: %1 ist in %2 nicht gesetzt.</translation>
    </message>
    <message>
        <source>envsmith get: cannot write to standard output.</source>
        <translation>envsmith get: Die Standardausgabe ist nicht beschreibbar.</translation>
    </message>
    <message>
        <source>envsmith get: %1 is not a regular file (a FIFO or a device); name an env file with --file.</source>
        <translation>envsmith get: %1 ist keine reguläre Datei (eine FIFO oder ein Gerät); geben Sie mit --file eine env-Datei an.</translation>
    </message>
</context>
<context>
    <name>GitCatFile</name>
    <message>
        <source>The git program was not found. Install git and try again.</source>
        <translation>Das Programm git wurde nicht gefunden. Installieren Sie git und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Could not run git cat-file: %1</source>
        <translation>git cat-file konnte nicht ausgeführt werden: %1</translation>
    </message>
    <message>
        <source>git cat-file is not running.</source>
        <translation>git cat-file läuft nicht.</translation>
    </message>
    <message>
        <source>git cat-file stopped early (%1 of %2 objects read).</source>
        <translation>git cat-file hat vorzeitig aufgehört (%1 von %2 Objekten gelesen).</translation>
    </message>
    <message>
        <source>git cat-file printed an unexpected header.</source>
        <translation>git cat-file hat einen unerwarteten Kopf ausgegeben.</translation>
    </message>
    <message>
        <source>git cat-file stopped in the middle of an object.</source>
        <translation>git cat-file hat mitten in einem Objekt aufgehört.</translation>
    </message>
</context>
<context>
    <name>GitIgnoreFixer</name>
    <message>
        <source>%1 is outside the git working tree %2.</source>
        <translation>%1 liegt außerhalb des git-Arbeitsverzeichnisses %2.</translation>
    </message>
    <message>
        <source>%1 is a symbolic link, and git does not read .gitignore files that are symbolic links (git 2.32 and later). Replace it by a regular file, then try again.</source>
        <translation>%1 ist ein symbolischer Link, und git liest keine .gitignore-Dateien, die symbolische Links sind (ab git 2.32). Ersetzen Sie ihn durch eine reguläre Datei und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file. Rename or remove it, then try again.</source>
        <translation>%1 ist ein Ordner, keine Datei. Benennen Sie ihn um oder entfernen Sie ihn und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2. Check its permissions.</source>
        <translation>%1 kann nicht gelesen werden: %2. Prüfen Sie die Zugriffsrechte.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2. Check that the folder is writable.</source>
        <translation>%1 kann nicht geschrieben werden: %2. Prüfen Sie, ob der Ordner beschreibbar ist.</translation>
    </message>
    <message>
        <source>Could not save %1: %2. It was left unchanged; free some disk space or check permissions.</source>
        <translation>%1 konnte nicht gespeichert werden: %2. Die Datei blieb unverändert; geben Sie Speicherplatz frei oder prüfen Sie die Zugriffsrechte.</translation>
    </message>
    <message>
        <source>The env file name contains a line break, which a .gitignore line cannot express. Rename the file.</source>
        <translation>Der Name der env-Datei enthält einen Zeilenumbruch, den eine .gitignore-Zeile nicht ausdrücken kann. Benennen Sie die Datei um.</translation>
    </message>
</context>
<context>
    <name>GitRepository</name>
    <message>
        <source>The git program was not found. Install git (e.g. `sudo apt install git`) so the repository can be checked.</source>
        <translation>Das Programm git wurde nicht gefunden. Installieren Sie git (z. B. `sudo apt install git`), damit das Repository geprüft werden kann.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist. Choose an existing project folder.</source>
        <translation>Der Ordner %1 existiert nicht. Wählen Sie einen vorhandenen Projektordner.</translation>
    </message>
    <message>
        <source>%1 is not inside a git working tree (git says: %2). Run `git init` there or choose the repository&apos;s folder.</source>
        <translation>%1 liegt nicht in einem git-Arbeitsverzeichnis (git meldet: %2). Führen Sie dort `git init` aus oder wählen Sie den Ordner des Repositorys.</translation>
    </message>
    <message>
        <source>The git program was not found. Install git and try again.</source>
        <translation>Das Programm git wurde nicht gefunden. Installieren Sie git und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Could not start git: %1.</source>
        <translation>git konnte nicht gestartet werden: %1.</translation>
    </message>
    <message>
        <source>git %1 did not finish within %2 seconds and was stopped. Check that the repository is not on a stalled disk and try again.</source>
        <translation>git %1 wurde nicht innerhalb von %2 Sekunden fertig und wurde abgebrochen. Prüfen Sie, ob das Repository auf einem hängenden Datenträger liegt, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>git %1 crashed.</source>
        <translation>git %1 ist abgestürzt.</translation>
    </message>
    <message>
        <source>git could not %1: %2</source>
        <translation>git konnte nicht %1: %2</translation>
    </message>
    <message>
        <source>An empty or invalid path was given to the ignore check.</source>
        <translation>An die Ignorier-Prüfung wurde ein leerer oder ungültiger Pfad übergeben.</translation>
    </message>
    <message>
        <source>check which files are ignored</source>
        <translation>prüfen, welche Dateien ignoriert werden</translation>
    </message>
    <message>
        <source>list the tracked files</source>
        <translation>die verfolgten Dateien auflisten</translation>
    </message>
    <message>
        <source>read the commit history</source>
        <translation>die Commit-Historie lesen</translation>
    </message>
    <message>
        <source>git refuses to work in %1 because the folder belongs to another user (git&apos;s safe.directory check). If you trust it, run `git config --global --add safe.directory %1`, or run Envsmith as the folder&apos;s owner.</source>
        <translation>git verweigert die Arbeit in %1, weil der Ordner einem anderen Benutzer gehört (die safe.directory-Prüfung von git). Wenn Sie ihm vertrauen, führen Sie `git config --global --add safe.directory %1` aus, oder starten Sie Envsmith als Eigentümer des Ordners.</translation>
    </message>
    <message>
        <source>%1 is a bare git repository (no working tree). Choose a cloned working copy instead (only its history can be scanned here: `envsmith scan --history`).</source>
        <translation>%1 ist ein Bare-Repository von git (ohne Arbeitsverzeichnis). Wählen Sie stattdessen eine geklonte Arbeitskopie (hier lässt sich nur die Historie durchsuchen: `envsmith scan --history`).</translation>
    </message>
    <message>
        <source>%1 is a working tree, not a bare repository.</source>
        <translation>%1 ist ein Arbeitsverzeichnis, kein Bare-Repository.</translation>
    </message>
    <message>
        <source>read %1 from the last commit</source>
        <translation>%1 aus dem letzten Commit lesen</translation>
    </message>
    <message>
        <source>%1 in the last commit is larger than %2 MiB. Fix or remove it.</source>
        <translation>%1 im letzten Commit ist größer als %2 MiB. Korrigieren oder entfernen Sie die Datei.</translation>
    </message>
    <message>
        <source>%1 in the last commit is not a file (a folder or a submodule). Fix or remove it.</source>
        <translation>%1 im letzten Commit ist keine Datei (ein Ordner oder ein Submodul). Korrigieren oder entfernen Sie es.</translation>
    </message>
    <message>
        <source>%1 in the last commit is a symbolic link to %2, outside the repository. Commit the file itself.</source>
        <translation>%1 im letzten Commit ist ein symbolischer Link auf %2, außerhalb des Repositorys. Committen Sie die Datei selbst.</translation>
    </message>
    <message>
        <source>%1 in the last commit is a chain of more than 8 symbolic links. Commit the file itself.</source>
        <translation>%1 im letzten Commit ist eine Kette aus mehr als 8 symbolischen Links. Committen Sie die Datei selbst.</translation>
    </message>
</context>
<context>
    <name>HygieneChecker</name>
    <message>
        <source>Could not be checked: %1</source>
        <translation>Konnte nicht geprüft werden: %1</translation>
    </message>
    <message>
        <source>git ignores %1 and its local variants and backups.</source>
        <translation>git ignoriert %1 samt lokalen Varianten und Sicherungen.</translation>
    </message>
    <message>
        <source>git would not ignore files matching %1, so they could be committed by accident.</source>
        <translation>git würde Dateien, die auf %1 passen, nicht ignorieren; sie könnten versehentlich committet werden.</translation>
    </message>
    <message>
        <source>The rule %1 in %2 (line %3) re-includes %4.</source>
        <translation>Die Regel %1 in %2 (Zeile %3) schließt %4 wieder ein.</translation>
    </message>
    <message>
        <source>Add the rules for %1 to %2.</source>
        <translation>Die Regeln für %1 zu %2 hinzufügen.</translation>
    </message>
    <message>
        <source>%1 is tracked by git: everyone with the repository gets the secrets in it.</source>
        <translation>%1 wird von git verfolgt: Jeder mit dem Repository erhält die Geheimnisse darin.</translation>
    </message>
    <message>
        <source>Stop tracking it with `git rm --cached -- %1` (your file stays), then commit; treat its secrets as leaked and rotate them.</source>
        <translation>Beenden Sie die Verfolgung mit `git rm --cached -- %1` (Ihre Datei bleibt erhalten) und committen Sie; betrachten Sie die Geheimnisse darin als offengelegt und erneuern Sie sie.</translation>
    </message>
    <message>
        <source>%1 and its local variants are not tracked by git.</source>
        <translation>%1 und seine lokalen Varianten werden von git nicht verfolgt.</translation>
    </message>
    <message>
        <source>File modes are only checked on Unix-like systems.</source>
        <translation>Dateirechte werden nur auf Unix-artigen Systemen geprüft.</translation>
    </message>
    <message>
        <source>There is no %1 file yet.</source>
        <translation>Es gibt noch keine Datei %1.</translation>
    </message>
    <message>
        <source>%1 is not a regular file.</source>
        <translation>%1 ist keine reguläre Datei.</translation>
    </message>
    <message>
        <source>%1 has mode %2: only you can read it.</source>
        <translation>%1 hat die Rechte %2: Nur Sie können sie lesen.</translation>
    </message>
    <message>
        <source>%1 has mode %2: other accounts on this computer can read it.</source>
        <translation>%1 hat die Rechte %2: Andere Konten auf diesem Computer können sie lesen.</translation>
    </message>
    <message>
        <source>%1 has mode %2: other accounts on this computer can change it.</source>
        <translation>%1 hat die Rechte %2: Andere Konten auf diesem Computer können sie ändern.</translation>
    </message>
    <message>
        <source>%1 has mode %2: other accounts on this computer can read and change it.</source>
        <translation>%1 hat die Rechte %2: Andere Konten auf diesem Computer können sie lesen und ändern.</translation>
    </message>
    <message>
        <source>Set its mode to 0600 (read and write for you only).</source>
        <translation>Die Rechte auf 0600 setzen (Lesen und Schreiben nur für Sie).</translation>
    </message>
    <message>
        <source>No commit on any branch contains %1 or its local variants.</source>
        <translation>Kein Commit auf irgendeinem Branch enthält %1 oder seine lokalen Varianten.</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>und %1 weitere</translation>
    </message>
    <message>
        <source>%1 (or a local variant) was committed in %2 commit(s): %3. Anyone with a clone can read those secrets.</source>
        <translation>%1 (oder eine lokale Variante) wurde in %2 Commit(s) eingecheckt: %3. Jeder mit einem Klon kann diese Geheimnisse lesen.</translation>
    </message>
    <message>
        <source>Rotate every secret it held first (new values at each provider). Then, together with your team, rewrite history (e.g. `git filter-repo --invert-paths --path %1`), force-push, and have everyone re-clone.</source>
        <translation>Erneuern Sie zuerst jedes Geheimnis darin (neue Werte bei jedem Anbieter). Schreiben Sie dann gemeinsam mit Ihrem Team die Historie um (z. B. `git filter-repo --invert-paths --path %1`), pushen Sie mit --force und lassen Sie alle neu klonen.</translation>
    </message>
    <message>
        <source>%1 is outside the git working tree %2.</source>
        <translation>%1 liegt außerhalb des git-Arbeitsverzeichnisses %2.</translation>
    </message>
    <message>
        <source>Not checked: %1</source>
        <translation>Nicht geprüft: %1</translation>
    </message>
    <message>
        <source>The finding names no usable file path (%1); run the check again.</source>
        <translation>Der Befund nennt keinen brauchbaren Dateipfad (%1); führen Sie die Prüfung erneut aus.</translation>
    </message>
    <message>
        <source>%1 has no automatic fix. %2</source>
        <translation>Für %1 gibt es keine automatische Behebung. %2</translation>
    </message>
    <message>
        <source>git still does not ignore %1: the rule %2 in %3 (line %4) re-includes it. Remove that line, then check again.</source>
        <translation>git ignoriert %1 immer noch nicht: Die Regel %2 in %3 (Zeile %4) schließt es wieder ein. Entfernen Sie diese Zeile und prüfen Sie erneut.</translation>
    </message>
    <message>
        <source>git still does not ignore %1 after updating .gitignore. Check the ignore rules with `git check-ignore -v --no-index %2`.</source>
        <translation>git ignoriert %1 auch nach der Änderung von .gitignore nicht. Prüfen Sie die Regeln mit `git check-ignore -v --no-index %2`.</translation>
    </message>
    <message>
        <source>Could not stop tracking %1: %2</source>
        <translation>Die Verfolgung von %1 konnte nicht beendet werden: %2</translation>
    </message>
    <message>
        <source>%1 does not exist any more; run the check again.</source>
        <translation>%1 existiert nicht mehr; führen Sie die Prüfung erneut aus.</translation>
    </message>
    <message>
        <source>Could not set the mode of %1 to 0600. Check that you own the file, or run `chmod 600 %2` yourself.</source>
        <translation>Die Rechte von %1 konnten nicht auf 0600 gesetzt werden. Prüfen Sie, ob Ihnen die Datei gehört, oder führen Sie `chmod 600 %2` selbst aus.</translation>
    </message>
    <message>
        <source>Unknown fix.</source>
        <translation>Unbekannte Behebung.</translation>
    </message>
    <message>
        <source>%1 (direnv) is tracked by git: if it exports secrets, everyone with the repository gets them.</source>
        <translation>%1 (direnv) wird von git verfolgt: Wenn die Datei Geheimnisse exportiert, erhält sie jeder mit dem Repository.</translation>
    </message>
    <message>
        <source>There is no %1 (direnv) file.</source>
        <translation>Es gibt keine Datei %1 (direnv).</translation>
    </message>
    <message>
        <source>git ignores %1 (direnv).</source>
        <translation>git ignoriert %1 (direnv).</translation>
    </message>
    <message>
        <source>git would not ignore %1 (direnv&apos;s file, which often exports secrets), so it could be committed by accident.</source>
        <translation>git würde %1 (die Datei von direnv, die oft Geheimnisse exportiert) nicht ignorieren; sie könnte versehentlich committet werden.</translation>
    </message>
    <message>
        <source>Add the line %1 to %2.</source>
        <translation>Die Zeile %1 zu %2 hinzufügen.</translation>
    </message>
    <message>
        <source>Envsmith&apos;s pre-commit hook (%1) stops commits that add an env file or a secret.</source>
        <translation>Der pre-commit-Hook von Envsmith (%1) hält Commits auf, die eine env-Datei oder ein Geheimnis hinzufügen.</translation>
    </message>
    <message>
        <source>No commit guard: nothing stops a commit that adds an env file or a secret (Envsmith&apos;s pre-commit hook is not installed).</source>
        <translation>Kein Commit-Schutz: Nichts hält einen Commit auf, der eine env-Datei oder ein Geheimnis hinzufügt (der pre-commit-Hook von Envsmith ist nicht installiert).</translation>
    </message>
    <message>
        <source>Install Envsmith&apos;s pre-commit hook as %1 (`envsmith install-hook`): every commit then runs `envsmith scan --staged` and is stopped when it adds an env file or a secret. An existing pre-commit hook is kept and still runs first.</source>
        <translation>Den pre-commit-Hook von Envsmith als %1 installieren (`envsmith install-hook`): Jeder Commit führt dann `envsmith scan --staged` aus und wird aufgehalten, wenn er eine env-Datei oder ein Geheimnis hinzufügt. Ein vorhandener pre-commit-Hook bleibt erhalten und läuft weiterhin zuerst.</translation>
    </message>
    <message>
        <source>The finding names %1, not a .envrc file; run the check again.</source>
        <translation>Der Befund nennt %1, keine .envrc-Datei; führen Sie die Prüfung erneut aus.</translation>
    </message>
    <message>
        <source>No commit in this shallow clone contains %1 or its local variants, but the older commits were never fetched, so they were not checked.</source>
        <translation>Kein Commit in diesem flachen Klon (shallow clone) enthält %1 oder seine lokalen Varianten, aber die älteren Commits wurden nie abgerufen und daher nicht geprüft.</translation>
    </message>
    <message>
        <source>Run `git fetch --unshallow` (it downloads the whole history), then check again.</source>
        <translation>Führen Sie `git fetch --unshallow` aus (es lädt die ganze Historie herunter) und prüfen Sie dann erneut.</translation>
    </message>
</context>
<context>
    <name>HygieneReport</name>
    <message>
        <source>Fix: %1</source>
        <translation>Behebung: %1</translation>
    </message>
    <message>
        <source>%1 checks: %2 passed, %3 failed (%4 with severity error), %5 not applicable.</source>
        <translation>%1 Prüfungen: %2 bestanden, %3 fehlgeschlagen (%4 mit Schweregrad Fehler), %5 nicht anwendbar.</translation>
    </message>
    <message>
        <source>Some checks could not be done (see their messages above), so this report is incomplete.</source>
        <translation>Einige Prüfungen konnten nicht durchgeführt werden (siehe ihre Meldungen oben), daher ist dieser Bericht unvollständig.</translation>
    </message>
</context>
<context>
    <name>IncorrectDelimiterCheck</name>
    <message>
        <source>The %1 key has incorrect delimiter</source>
        <translation>Der Schlüssel %1 hat ein falsches Trennzeichen</translation>
    </message>
    <message>
        <source>Use only letters, digits and underscores in the key (e.g. replace - and . with _)</source>
        <translation>Verwenden Sie im Schlüssel nur Buchstaben, Ziffern und Unterstriche (ersetzen Sie z. B. - und . durch _)</translation>
    </message>
</context>
<context>
    <name>InstallHookCommand</name>
    <message>
        <source>Envsmith&apos;s pre-commit hook is not installed at %1; nothing changed.</source>
        <translation>Der pre-commit-Hook von Envsmith ist nicht unter %1 installiert; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Removed Envsmith&apos;s pre-commit hook %1.</source>
        <translation>Der pre-commit-Hook %1 von Envsmith wurde entfernt.</translation>
    </message>
    <message>
        <source>Removed Envsmith&apos;s pre-commit hook; the previous hook is back at %1.</source>
        <translation>Der pre-commit-Hook von Envsmith wurde entfernt; der bisherige Hook liegt wieder unter %1.</translation>
    </message>
    <message>
        <source>Envsmith&apos;s pre-commit hook was already installed at %1; refreshed it.</source>
        <translation>Der pre-commit-Hook von Envsmith war bereits unter %1 installiert; er wurde aufgefrischt.</translation>
    </message>
    <message>
        <source>Installed Envsmith&apos;s pre-commit hook at %1. Every commit now runs &apos;envsmith scan --staged&apos; and is stopped when it adds an env file or a secret.</source>
        <translation>Der pre-commit-Hook von Envsmith wurde unter %1 installiert. Jeder Commit führt jetzt „envsmith scan --staged“ aus und wird angehalten, wenn er eine env-Datei oder ein Geheimnis hinzufügt.</translation>
    </message>
    <message>
        <source>The previous pre-commit hook is kept as %1 and still runs first.</source>
        <translation>Der bisherige pre-commit-Hook wird als %1 aufbewahrt und läuft weiterhin zuerst.</translation>
    </message>
    <message>
        <source>Note: core.hooksPath comes from your global or system git configuration, so this hook guards every repository that uses that folder.</source>
        <translation>Hinweis: core.hooksPath stammt aus Ihrer globalen oder systemweiten git-Konfiguration, daher schützt dieser Hook jedes Repository, das diesen Ordner verwendet.</translation>
    </message>
    <message>
        <source>  envsmith install-hook [--repo DIR] [--uninstall]
                           Install a git pre-commit hook that runs &apos;envsmith scan --staged&apos;
                           and stops a commit adding an env file or a secret (core.hooksPath
                           and worktrees honoured; an existing hook is kept as
                           pre-commit.envsmith-chained and still runs first). When envsmith
                           cannot be run the commit is stopped. --uninstall removes it and
                           puts the previous hook back.
</source>
        <translation>  envsmith install-hook [--repo DIR] [--uninstall]
                           Installiert einen git-pre-commit-Hook, der „envsmith scan --staged“
                           ausführt und einen Commit anhält, der eine env-Datei oder ein
                           Geheimnis hinzufügt (core.hooksPath und Worktrees werden beachtet;
                           ein vorhandener Hook wird als pre-commit.envsmith-chained aufbewahrt
                           und läuft weiterhin zuerst). Wenn envsmith nicht ausgeführt werden
                           kann, wird der Commit angehalten. --uninstall entfernt ihn und stellt
                           den bisherigen Hook wieder her.
</translation>
    </message>
</context>
<context>
    <name>KeyWithoutValueCheck</name>
    <message>
        <source>The %1 key should be with a value or have an equal sign</source>
        <translation>Der Schlüssel %1 sollte einen Wert oder ein Gleichheitszeichen haben</translation>
    </message>
    <message>
        <source>Add = after the key (an empty value), or remove the line</source>
        <translation>Fügen Sie nach dem Schlüssel ein = an (ein leerer Wert) oder entfernen Sie die Zeile</translation>
    </message>
</context>
<context>
    <name>KeychainIndex</name>
    <message>
        <source>Cannot read the keychain index %1 (%2). Check its permissions.</source>
        <translation>Der Schlüsselbund-Index %1 kann nicht gelesen werden (%2). Prüfen Sie die Zugriffsrechte.</translation>
    </message>
    <message>
        <source>The keychain index %1 is damaged or from a newer Envsmith. Move it away (Envsmith then starts a new one; the keychain entries are not affected).</source>
        <translation>Der Schlüsselbund-Index %1 ist beschädigt oder stammt von einem neueren Envsmith. Verschieben Sie ihn (Envsmith legt dann einen neuen an; die Einträge im Schlüsselbund bleiben unberührt).</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the keychain index. Check its permissions.</source>
        <translation>Der Ordner %1 für den Schlüsselbund-Index kann nicht angelegt werden. Prüfen Sie die Zugriffsrechte.</translation>
    </message>
</context>
<context>
    <name>KeychainStatus</name>
    <message>
        <source>Start a Secret Service provider such as GNOME Keyring or KWallet.</source>
        <translation>Starten Sie einen Secret-Service-Anbieter wie GNOME Keyring oder KWallet.</translation>
    </message>
    <message>
        <source>There is no D-Bus session bus (%1), so the keyring cannot be reached. Run Envsmith inside your desktop session.</source>
        <translation>Es gibt keinen D-Bus-Sitzungsbus (%1), daher ist der Schlüsselbund nicht erreichbar. Starten Sie Envsmith in Ihrer Desktop-Sitzung.</translation>
    </message>
    <message>
        <source>No keyring service (org.freedesktop.secrets) is running or installed. %1</source>
        <translation>Kein Schlüsselbund-Dienst (org.freedesktop.secrets) läuft oder ist installiert. %1</translation>
    </message>
    <message>
        <source>The keyring service has no default keyring yet. Open your keyring manager (e.g. Seahorse &quot;Passwords and Keys&quot;) and create one.</source>
        <translation>Der Schlüsselbund-Dienst hat noch keinen Standard-Schlüsselbund. Öffnen Sie Ihre Schlüsselbundverwaltung (z. B. Seahorse „Passwörter und Verschlüsselung“) und legen Sie einen an.</translation>
    </message>
    <message>
        <source>The keyring service did not answer (%1). %2</source>
        <translation>Der Schlüsselbund-Dienst hat nicht geantwortet (%1). %2</translation>
    </message>
    <message>
        <source>Your keyring is locked. Unlock it (log in to your desktop session or open your keyring manager) and try again.</source>
        <translation>Ihr Schlüsselbund ist gesperrt. Entsperren Sie ihn (melden Sie sich in Ihrer Desktop-Sitzung an oder öffnen Sie Ihre Schlüsselbundverwaltung) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The keyring is available.</source>
        <translation>Der Schlüsselbund ist verfügbar.</translation>
    </message>
</context>
<context>
    <name>KeychainStore</name>
    <message>
        <source>The keyring did not answer in time for %1. It may be waiting for you to unlock it or to confirm access in another window; do that and try again.</source>
        <translation>Der Schlüsselbund hat für %1 nicht rechtzeitig geantwortet. Vielleicht wartet er darauf, dass Sie ihn entsperren oder den Zugriff in einem anderen Fenster bestätigen; tun Sie das und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>%1 is not in the keyring. Store it first (run setup again).</source>
        <translation>%1 ist nicht im Schlüsselbund. Speichern Sie es zuerst (führen Sie setup erneut aus).</translation>
    </message>
    <message>
        <source>Access to %1 in the keyring was denied (%2). Allow Envsmith access when the keyring asks, and try again.</source>
        <translation>Der Zugriff auf %1 im Schlüsselbund wurde verweigert (%2). Erlauben Sie Envsmith den Zugriff, wenn der Schlüsselbund fragt, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>No keyring is available (%1). Start a Secret Service provider such as GNOME Keyring or KWallet.</source>
        <translation>Kein Schlüsselbund verfügbar (%1). Starten Sie einen Secret-Service-Anbieter wie GNOME Keyring oder KWallet.</translation>
    </message>
    <message>
        <source>The keyring reported an error for %1 (%2). Check that your keyring works (e.g. in Seahorse) and try again.</source>
        <translation>Der Schlüsselbund meldete einen Fehler für %1 (%2). Prüfen Sie, ob Ihr Schlüsselbund funktioniert (z. B. in Seahorse), und versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>LeadingCharacterCheck</name>
    <message>
        <source>Invalid leading character detected</source>
        <translation>Ungültiges Zeichen am Zeilenanfang gefunden</translation>
    </message>
    <message>
        <source>Start the line with the key: remove leading spaces or characters, and do not start a key with a digit</source>
        <translation>Beginnen Sie die Zeile mit dem Schlüssel: Entfernen Sie führende Leerzeichen oder Zeichen, und beginnen Sie einen Schlüssel nicht mit einer Ziffer</translation>
    </message>
</context>
<context>
    <name>LintCommand</name>
    <message>
        <source>envsmith lint: %1 does not exist; name an env file or template.</source>
        <translation>envsmith lint: %1 existiert nicht; nennen Sie eine env-Datei oder Vorlage.</translation>
    </message>
    <message>
        <source>envsmith lint: %1 is a folder, not an env file; name a file such as %1/.env.example.</source>
        <translation>envsmith lint: %1 ist ein Ordner, keine env-Datei; nennen Sie eine Datei wie %1/.env.example.</translation>
    </message>
    <message>
        <source>envsmith lint: cannot read %1 (%2); check its permissions.</source>
        <translation>envsmith lint: %1 kann nicht gelesen werden (%2); prüfen Sie die Zugriffsrechte.</translation>
    </message>
    <message>
        <source>envsmith lint: %1 cannot be read: %2</source>
        <translation>envsmith lint: %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>envsmith lint: %1 is not a regular file (a FIFO or a device); name an env file or template.</source>
        <translation>envsmith lint: %1 ist keine reguläre Datei (eine FIFO oder ein Gerät); geben Sie eine env-Datei oder Vorlage an.</translation>
    </message>
</context>
<context>
    <name>LowercaseKeyCheck</name>
    <message>
        <source>The %1 key should be in uppercase</source>
        <translation>Der Schlüssel %1 sollte in Großbuchstaben geschrieben sein</translation>
    </message>
    <message>
        <source>Rename the key to %1 (and its uses in the code)</source>
        <translation>Benennen Sie den Schlüssel in %1 um (und seine Verwendungen im Code)</translation>
    </message>
</context>
<context>
    <name>OnePasswordCsvReader</name>
    <message>
        <source>%1, line %2: the text is not UTF-8 (the file was probably saved by a spreadsheet program in another encoding). Export it again from 1Password and do not open and save it in a spreadsheet.</source>
        <translation>%1, Zeile %2: Der Text ist kein UTF-8 (die Datei wurde vermutlich von einer Tabellenkalkulation in einer anderen Kodierung gespeichert). Exportieren Sie sie erneut aus 1Password und öffnen und speichern Sie sie nicht in einer Tabellenkalkulation.</translation>
    </message>
    <message>
        <source>%1 cannot be read: the CSV reader could not start. Try again.</source>
        <translation>%1 kann nicht gelesen werden: Der CSV-Leser konnte nicht starten. Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Reading %1 was cancelled.</source>
        <translation>Das Lesen von %1 wurde abgebrochen.</translation>
    </message>
    <message>
        <source>%1, line %2: a quote is out of place (a field must be wholly in quotes, and a quote inside it doubled). Export the file again from 1Password instead of editing it.</source>
        <translation>%1, Zeile %2: Ein Anführungszeichen steht an der falschen Stelle (ein Feld muss ganz in Anführungszeichen stehen, und ein Anführungszeichen darin muss verdoppelt sein). Exportieren Sie die Datei erneut aus 1Password, statt sie zu bearbeiten.</translation>
    </message>
    <message>
        <source>%1, line %2: a quoted field is never closed. Export the file again from 1Password instead of editing it.</source>
        <translation>%1, Zeile %2: Ein Feld in Anführungszeichen wird nie geschlossen. Exportieren Sie die Datei erneut aus 1Password, statt sie zu bearbeiten.</translation>
    </message>
    <message>
        <source>%1 is empty: it has no header line. Export the vault again from 1Password.</source>
        <translation>%1 ist leer: Die Datei hat keine Kopfzeile. Exportieren Sie den Tresor erneut aus 1Password.</translation>
    </message>
    <message>
        <source>%1, line %2: the header has no Title column, so this is not a 1Password CSV export. Export from 1Password 8 as CSV, or better as 1PUX (it keeps custom fields).</source>
        <translation>%1, Zeile %2: Die Kopfzeile hat keine Spalte Title, daher ist dies kein CSV-Export von 1Password. Exportieren Sie aus 1Password 8 als CSV oder besser als 1PUX (das behält benutzerdefinierte Felder).</translation>
    </message>
    <message>
        <source>%1, line %2: the row has %3 columns but the header has %4. A quote is probably missing or extra; export the file again from 1Password instead of editing it.</source>
        <translation>%1, Zeile %2: Die Zeile hat %3 Spalten, die Kopfzeile aber %4. Vermutlich fehlt ein Anführungszeichen oder ist zu viel; exportieren Sie die Datei erneut aus 1Password, statt sie zu bearbeiten.</translation>
    </message>
</context>
<context>
    <name>OnePifReader</name>
    <message>
        <source>Reading %1 was cancelled.</source>
        <translation>Das Lesen von %1 wurde abgebrochen.</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>kein JSON-Objekt</translation>
    </message>
    <message>
        <source>%1, line %2: the item there is not valid 1PIF JSON (%3). Export the vault again from 1Password and choose the data.1pif file.</source>
        <translation>%1, Zeile %2: Der Eintrag dort ist kein gültiges 1PIF-JSON (%3). Exportieren Sie den Tresor erneut aus 1Password und wählen Sie die Datei data.1pif.</translation>
    </message>
    <message>
        <source>%1, line %2: a record that is neither an item nor a folder was left out.</source>
        <translation>%1, Zeile %2: Ein Datensatz, der weder ein Eintrag noch ein Ordner ist, wurde ausgelassen.</translation>
    </message>
    <message>
        <source>%1 holds no 1PIF items. Export the vault again from 1Password and choose the data.1pif file inside the export folder.</source>
        <translation>%1 enthält keine 1PIF-Einträge. Exportieren Sie den Tresor erneut aus 1Password und wählen Sie die Datei data.1pif im Exportordner.</translation>
    </message>
</context>
<context>
    <name>OnePuxReader</name>
    <message>
        <source>%1 is larger than the %2 MiB Envsmith reads as 1PUX export.data. Export fewer vaults at a time from 1Password.</source>
        <translation>%1 ist größer als die %2 MiB, die Envsmith als 1PUX-export.data liest. Exportieren Sie weniger Tresore auf einmal aus 1Password.</translation>
    </message>
    <message>
        <source>%1: export.data is not valid JSON (%2 at byte %3). Export the vault again from 1Password.</source>
        <translation>%1: export.data ist kein gültiges JSON (%2 bei Byte %3). Exportieren Sie den Tresor erneut aus 1Password.</translation>
    </message>
    <message>
        <source>%1: export.data has no &quot;accounts&quot; list, so it is not a 1PUX export. Export the vault from 1Password as 1PUX and choose that file.</source>
        <translation>%1: export.data hat keine Liste „accounts“ und ist daher kein 1PUX-Export. Exportieren Sie den Tresor aus 1Password als 1PUX und wählen Sie diese Datei.</translation>
    </message>
    <message>
        <source>%1: item %2 in vault &quot;%3&quot; is not a JSON object and was left out.</source>
        <translation>%1: Eintrag %2 im Tresor „%3“ ist kein JSON-Objekt und wurde ausgelassen.</translation>
    </message>
    <message>
        <source>Reading %1 was cancelled.</source>
        <translation>Das Lesen von %1 wurde abgebrochen.</translation>
    </message>
    <message>
        <source>%1 cannot be opened as a zip archive (%2). Export the 1PUX file again from 1Password.</source>
        <translation>%1 kann nicht als ZIP-Archiv geöffnet werden (%2). Exportieren Sie die 1PUX-Datei erneut aus 1Password.</translation>
    </message>
    <message>
        <source>%1 is not a valid 1PUX file: the zip archive is damaged (%2). Export it again from 1Password (File &gt; Export) and choose the new file.</source>
        <translation>%1 ist keine gültige 1PUX-Datei: Das ZIP-Archiv ist beschädigt (%2). Exportieren Sie sie erneut aus 1Password (Datei &gt; Exportieren) und wählen Sie die neue Datei.</translation>
    </message>
    <message>
        <source>%1 holds %2 files, more than the %3 a 1PUX export may hold. Check that it is the export file from 1Password; export fewer vaults at a time if it is.</source>
        <translation>%1 enthält %2 Dateien, mehr als die %3, die ein 1PUX-Export enthalten darf. Prüfen Sie, ob es die Exportdatei aus 1Password ist; wenn ja, exportieren Sie weniger Tresore auf einmal.</translation>
    </message>
    <message>
        <source>%1 has no export.data inside, so it is not a 1PUX export. Export the vault from 1Password as 1PUX and choose that file.</source>
        <translation>%1 enthält keine export.data und ist daher kein 1PUX-Export. Exportieren Sie den Tresor aus 1Password als 1PUX und wählen Sie diese Datei.</translation>
    </message>
    <message>
        <source>%1: the size of export.data cannot be read; the file is damaged. Export it again from 1Password.</source>
        <translation>%1: Die Größe von export.data kann nicht gelesen werden; die Datei ist beschädigt. Exportieren Sie sie erneut aus 1Password.</translation>
    </message>
    <message>
        <source>%1: export.data would be %2 MiB uncompressed, more than the %3 MiB Envsmith reads. Export fewer vaults at a time from 1Password.</source>
        <translation>%1: export.data wäre entpackt %2 MiB groß, mehr als die %3 MiB, die Envsmith liest. Exportieren Sie weniger Tresore auf einmal aus 1Password.</translation>
    </message>
    <message>
        <source>%1: export.data is compressed more than %2 to 1, which no real export is (a &quot;zip bomb&quot;). It was not opened. Export the vault again from 1Password.</source>
        <translation>%1: export.data ist stärker als %2 zu 1 komprimiert, was bei keinem echten Export vorkommt (eine „ZIP-Bombe“). Die Datei wurde nicht geöffnet. Exportieren Sie den Tresor erneut aus 1Password.</translation>
    </message>
    <message>
        <source>%1: export.data is encrypted inside the zip, which 1Password never does. Export the vault again from 1Password.</source>
        <translation>%1: export.data ist im ZIP-Archiv verschlüsselt, was 1Password nie tut. Exportieren Sie den Tresor erneut aus 1Password.</translation>
    </message>
    <message>
        <source>%1: export.data cannot be opened (%2). Export the vault again from 1Password.</source>
        <translation>%1: export.data kann nicht geöffnet werden (%2). Exportieren Sie den Tresor erneut aus 1Password.</translation>
    </message>
    <message>
        <source>%1: export.data is damaged (%2). Export the vault again from 1Password.</source>
        <translation>%1: export.data ist beschädigt (%2). Exportieren Sie den Tresor erneut aus 1Password.</translation>
    </message>
    <message>
        <source>%1: export.data inflates to more than the size its zip directory gives. The file was made to look small; it was not read. Export the vault again from 1Password.</source>
        <translation>%1: export.data wird beim Entpacken größer, als sein ZIP-Verzeichnis angibt. Die Datei wurde so gebaut, dass sie klein aussieht; sie wurde nicht gelesen. Exportieren Sie den Tresor erneut aus 1Password.</translation>
    </message>
    <message>
        <source>%1: export.data is shorter than its zip directory says; the file is truncated. Export the vault again from 1Password.</source>
        <translation>%1: export.data ist kürzer, als sein ZIP-Verzeichnis angibt; die Datei ist abgeschnitten. Exportieren Sie den Tresor erneut aus 1Password.</translation>
    </message>
</context>
<context>
    <name>PlaceholderSecretCheck</name>
    <message>
        <source>%1 looks like a secret but its value is a placeholder</source>
        <translation>%1 sieht wie ein Geheimnis aus, sein Wert ist aber ein Platzhalter</translation>
    </message>
    <message>
        <source>Set a real value: envsmith setup generates secrets, or run &apos;envsmith set %1&apos; and type it</source>
        <translation>Setzen Sie einen echten Wert: envsmith setup erzeugt Geheimnisse, oder führen Sie „envsmith set %1“ aus und tippen Sie ihn ein</translation>
    </message>
</context>
<context>
    <name>PlanDescription</name>
    <message>
        <source>letters and digits</source>
        <translation>Buchstaben und Ziffern</translation>
    </message>
    <message>
        <source>password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Laravel key</source>
        <translation>Laravel-Schlüssel</translation>
    </message>
    <message>
        <source>kept from the existing .env</source>
        <translation>aus der vorhandenen .env übernommen</translation>
    </message>
    <message>
        <source>generated (%1, %2 bits)</source>
        <translation>erzeugt (%1, %2 Bit)</translation>
    </message>
    <message>
        <source>from the template</source>
        <translation>aus der Vorlage</translation>
    </message>
    <message>
        <source>to do: enter the value</source>
        <translation>zu tun: Wert eingeben</translation>
    </message>
    <message>
        <source>to do: enter the value from %1</source>
        <translation>zu tun: Wert von %1 eingeben</translation>
    </message>
    <message>
        <source>entered by you</source>
        <translation>von Ihnen eingegeben</translation>
    </message>
    <message>
        <source>derived from %1</source>
        <translation>abgeleitet von %1</translation>
    </message>
</context>
<context>
    <name>PlanNotes</name>
    <message>
        <source>%1:%2: %3</source>
        <translation>%1:%2: %3</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>Behebung: %1</translation>
    </message>
    <message numerus="yes">
        <source>Overdue (%n day(s) old)</source>
        <translation>
            <numerusform>Überfällig (%n Tag alt)</numerusform>
            <numerusform>Überfällig (%n Tage alt)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lint note(s)</source>
        <translation>
            <numerusform>%n Lint-Hinweis</numerusform>
            <numerusform>%n Lint-Hinweise</numerusform>
        </translation>
    </message>
    <message>
        <source>Last set %1 day(s) ago (%2); rotation period %3 days. Rotate it: choose &quot;Regenerate secrets&quot; on the start page, or run envsmith rotate.</source>
        <translation>Zuletzt vor %1 Tag(en) gesetzt (%2); Rotationsintervall %3 Tage. Rotieren Sie es: „Geheimnisse neu erzeugen“ auf der Startseite wählen oder envsmith rotate ausführen.</translation>
    </message>
</context>
<context>
    <name>PrimitiveSelfTest</name>
    <message>
        <source>Envsmith&apos;s start-up self-test failed: %1 gave a wrong answer. No secret is generated with a broken library. Reinstall libsodium and Qt (Debian: apt-get install --reinstall libsodium23 libqt6core6) and try again.</source>
        <translation>Der Selbsttest von Envsmith beim Start ist fehlgeschlagen: %1 hat eine falsche Antwort geliefert. Mit einer defekten Bibliothek wird kein Geheimnis erzeugt. Installieren Sie libsodium und Qt neu (Debian: apt-get install --reinstall libsodium23 libqt6core6) und versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>ProjectCheck</name>
    <message>
        <source>The age of stored secrets could not be checked: %1</source>
        <translation>Das Alter gespeicherter Geheimnisse konnte nicht geprüft werden: %1</translation>
    </message>
    <message>
        <source>Unlock the keychain (log in to the desktop session, or open &quot;Passwords and Keys&quot;), fix what the message names, and run the check again.</source>
        <translation>Entsperren Sie den Schlüsselbund (melden Sie sich in der Desktop-Sitzung an oder öffnen Sie „Passwörter und Verschlüsselung“), beheben Sie, was die Meldung nennt, und führen Sie die Prüfung erneut aus.</translation>
    </message>
</context>
<context>
    <name>ProjectKeychainValues</name>
    <message>
        <source>The values in the keychain were not searched for (%1). Those in %2 were.</source>
        <translation>Nach den Werten im Schlüsselbund wurde nicht gesucht (%1). Nach denen in %2 schon.</translation>
    </message>
    <message>
        <source>keychain</source>
        <translation>Schlüsselbund</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>These values in the keychain could not be read, so they were not searched for: %1.</source>
        <translation>Diese Werte im Schlüsselbund konnten nicht gelesen werden, daher wurde nicht nach ihnen gesucht: %1.</translation>
    </message>
    <message>
        <source>The values in the keychain were not searched for: %1 Those in %2 were.</source>
        <translation>Nach den Werten im Schlüsselbund wurde nicht gesucht: %1 Nach denen in %2 schon.</translation>
    </message>
</context>
<context>
    <name>QuoteCharacterCheck</name>
    <message>
        <source>The value of %1 has quote characters it does not need</source>
        <translation>Der Wert von %1 hat Anführungszeichen, die er nicht braucht</translation>
    </message>
    <message>
        <source>Remove the quotes around the value of %1</source>
        <translation>Entfernen Sie die Anführungszeichen um den Wert von %1</translation>
    </message>
</context>
<context>
    <name>ReaderDisagreementCheck</name>
    <message>
        <source>python-dotenv and Docker Compose</source>
        <translation>python-dotenv und Docker Compose</translation>
    </message>
    <message>
        <source>npm dotenv</source>
        <translation>npm dotenv</translation>
    </message>
    <message>
        <source>Write the value in the form every reader reads alike: run &apos;envsmith set %1&apos;</source>
        <translation>Schreiben Sie den Wert in der Form, die jeder Leser gleich liest: Führen Sie „envsmith set %1“ aus</translation>
    </message>
    <message>
        <source>Put the value of %1 in single quotes, or put a space before a # that starts a comment</source>
        <translation>Setzen Sie den Wert von %1 in einfache Anführungszeichen, oder setzen Sie ein Leerzeichen vor ein #, das einen Kommentar beginnt</translation>
    </message>
    <message>
        <source>Avoid backslash escapes in the value of %1, or use single quotes</source>
        <translation>Vermeiden Sie Backslash-Maskierungen im Wert von %1, oder verwenden Sie einfache Anführungszeichen</translation>
    </message>
    <message>
        <source>Use single or double quotes instead of backticks around the value of %1</source>
        <translation>Verwenden Sie einfache oder doppelte Anführungszeichen statt Backticks um den Wert von %1</translation>
    </message>
    <message>
        <source>%1 is read differently by %2 than by %3</source>
        <translation>%1 wird von %2 anders gelesen als von %3</translation>
    </message>
    <message>
        <source>python-dotenv</source>
        <translation>python-dotenv</translation>
    </message>
    <message>
        <source>The value of %1 has a $ that dotenv-expand (Next.js, Vite) and Docker Compose expand, while npm dotenv keeps it</source>
        <translation>Der Wert von %1 enthält ein $, das dotenv-expand (Next.js, Vite) und Docker Compose ersetzen, während npm dotenv es beibehält</translation>
    </message>
    <message>
        <source>Avoid $ in the value of %1; if it refers to another variable, state the reader in use (--dialect python expands ${NAME})</source>
        <translation>Vermeiden Sie $ im Wert von %1; wenn es auf eine andere Variable verweist, geben Sie den verwendeten Leser an (--dialect python ersetzt ${NAME})</translation>
    </message>
    <message>
        <source>Remove line %1 (%2 without =): python-dotenv reads it as unsetting %2</source>
        <translation>Entfernen Sie Zeile %1 (%2 ohne =): python-dotenv liest sie so, dass %2 nicht gesetzt ist</translation>
    </message>
    <message>
        <source>Remove the invisible byte order mark (U+FEFF) before %1 on line %2: python-dotenv reads it as part of the name</source>
        <translation>Entfernen Sie die unsichtbare Bytereihenfolge-Markierung (U+FEFF) vor %1 in Zeile %2: python-dotenv liest sie als Teil des Namens</translation>
    </message>
</context>
<context>
    <name>RegeneratePage</name>
    <message>
        <source>What should happen?</source>
        <translation>Was soll geschehen?</translation>
    </message>
    <message>
        <source>&amp;New values for the secrets I tick (signing keys keep the old value as NAME_PREVIOUS)</source>
        <translation>&amp;Neue Werte für die angehakten Geheimnisse (Signaturschlüssel behalten den alten Wert als NAME_PREVIOUS)</translation>
    </message>
    <message>
        <source>New values</source>
        <translation>Neue Werte</translation>
    </message>
    <message>
        <source>&amp;Finish a staged rotation: remove the NAME_PREVIOUS values of the secrets I tick</source>
        <translation>Gestufte Rotation &amp;abschließen: die NAME_PREVIOUS-Werte der angehakten Geheimnisse entfernen</translation>
    </message>
    <message>
        <source>Finish a staged rotation</source>
        <translation>Gestufte Rotation abschließen</translation>
    </message>
    <message>
        <source>Secrets</source>
        <translation>Geheimnisse</translation>
    </message>
    <message>
        <source>Tick the secrets to regenerate with the space bar</source>
        <translation>Geheimnisse mit der Leertaste zum Neuerzeugen anhaken</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Geheimnis</translation>
    </message>
    <message>
        <source>Last set</source>
        <translation>Zuletzt gesetzt</translation>
    </message>
    <message>
        <source>Rotation period</source>
        <translation>Rotationsintervall</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>What will change</source>
        <translation>Was sich ändert</translation>
    </message>
    <message>
        <source>Also update the &amp;keychain</source>
        <translation>Auch den &amp;Schlüsselbund aktualisieren</translation>
    </message>
    <message>
        <source>Also update the keychain</source>
        <translation>Auch den Schlüsselbund aktualisieren</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Regenerate secrets</source>
        <translation>Geheimnisse neu erzeugen</translation>
    </message>
    <message>
        <source>Tick the secrets to replace. Envsmith writes the new values to .env (your old file is kept as a backup) and to the keychain. Values that embed a replaced one, like a DATABASE_URL, follow.</source>
        <translation>Haken Sie die zu ersetzenden Geheimnisse an. Envsmith schreibt die neuen Werte in .env (die alte Datei bleibt als Sicherung erhalten) und in den Schlüsselbund. Werte, die einen ersetzten Wert enthalten, etwa eine DATABASE_URL, ziehen nach.</translation>
    </message>
    <message>
        <source>&amp;Regenerate</source>
        <translation>&amp;Neu erzeugen</translation>
    </message>
    <message>
        <source>&amp;Finish rotation</source>
        <translation>Rotation &amp;abschließen</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n day(s) ago)</source>
        <translation>
            <numerusform>%1 (vor %n Tag)</numerusform>
            <numerusform>%1 (vor %n Tagen)</numerusform>
        </translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>nicht erfasst</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) (%1)</source>
        <translation>
            <numerusform>%n Tag (%1)</numerusform>
            <numerusform>%n Tage (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>keines</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>Rotation in progress (%1 holds the old value)</source>
        <translation>Rotation läuft (%1 enthält den alten Wert)</translation>
    </message>
    <message>
        <source>Not in %1</source>
        <translation>Nicht in %1</translation>
    </message>
    <message>
        <source>The template has no secrets that Envsmith generates, so there is nothing to regenerate. Keys of outside services are changed where they were issued, then entered with envsmith set.</source>
        <translation>Die Vorlage hat keine Geheimnisse, die Envsmith erzeugt, also gibt es nichts neu zu erzeugen. Schlüssel externer Dienste werden dort geändert, wo sie ausgestellt wurden, und dann mit envsmith set eingetragen.</translation>
    </message>
    <message>
        <source>Tick at least one secret.</source>
        <translation>Haken Sie mindestens ein Geheimnis an.</translation>
    </message>
    <message>
        <source>What will change:</source>
        <translation>Was sich ändert:</translation>
    </message>
    <message>
        <source>Nothing was changed:</source>
        <translation>Nichts wurde geändert:</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Erledigt.</translation>
    </message>
    <message>
        <source>Incomplete: .env holds the new values, but a later step failed.</source>
        <translation>Unvollständig: .env enthält die neuen Werte, aber ein späterer Schritt ist fehlgeschlagen.</translation>
    </message>
</context>
<context>
    <name>RepoContext</name>
    <message>
        <source>The folder %1 does not exist. Choose an existing repository folder.</source>
        <translation>Der Ordner %1 existiert nicht. Wählen Sie einen vorhandenen Repository-Ordner.</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder. Choose the repository&apos;s folder.</source>
        <translation>%1 ist eine Datei, kein Ordner. Wählen Sie den Ordner des Repositorys.</translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Hygiene findings</source>
        <translation>Hygiene-Befunde</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Hygiene report</source>
        <translation>Hygienebericht</translation>
    </message>
    <message>
        <source>Is this repository safe? Each problem that Envsmith can fix has a Fix button.</source>
        <translation>Ist dieses Repository sicher? Jedes Problem, das Envsmith beheben kann, hat eine Schaltfläche „Beheben“.</translation>
    </message>
    <message>
        <source>Fixed: %1</source>
        <translation>Behoben: %1</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Bestanden</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Nicht anwendbar</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Fix</source>
        <translation>&amp;Beheben</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>Beheben: %1</translation>
    </message>
    <message>
        <source>Your .env was written with mode 0600.</source>
        <translation>Ihre .env wurde mit den Rechten 0600 geschrieben.</translation>
    </message>
    <message>
        <source>Your .env was not written.</source>
        <translation>Ihre .env wurde nicht geschrieben.</translation>
    </message>
    <message>
        <source>Still to do: add %1 to .env.</source>
        <translation>Noch zu tun: %1 in .env eintragen.</translation>
    </message>
    <message>
        <source>No checks ran: choose a repository folder first.</source>
        <translation>Es liefen keine Prüfungen: Wählen Sie zuerst einen Repository-Ordner.</translation>
    </message>
    <message>
        <source>All checks passed.</source>
        <translation>Alle Prüfungen bestanden.</translation>
    </message>
    <message>
        <source>%1 problem(s) and %2 warning(s) found. Click Fix where offered, or follow the advice.</source>
        <translation>%1 Problem(e) und %2 Warnung(en) gefunden. Klicken Sie, wo angeboten, auf „Beheben“ oder folgen Sie dem Hinweis.</translation>
    </message>
    <message>
        <source>Checking the repository: git&apos;s view of the env files, a scan of the working tree for secrets, the age of stored secrets…</source>
        <translation>Das Repository wird geprüft: wie git die env-Dateien sieht, eine Suche nach Geheimnissen im Arbeitsverzeichnis, das Alter gespeicherter Geheimnisse…</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>Was zu tun ist: %1</translation>
    </message>
    <message>
        <source>&amp;Rotate secrets…</source>
        <translation>Geheimnisse &amp;rotieren…</translation>
    </message>
    <message>
        <source>Opens the &quot;Regenerate secrets&quot; job: new values for the secrets in your .env and the keychain. Change them at each provider too, then rewrite the history.</source>
        <translation>Öffnet die Aufgabe „Geheimnisse neu erzeugen“: neue Werte für die Geheimnisse in Ihrer .env und im Schlüsselbund. Ändern Sie sie auch bei jedem Anbieter und schreiben Sie dann die Historie um.</translation>
    </message>
    <message>
        <source>Rotate secrets: %1</source>
        <translation>Geheimnisse rotieren: %1</translation>
    </message>
    <message>
        <source>&amp;Install the hook</source>
        <translation>Hook &amp;installieren</translation>
    </message>
    <message>
        <source>Install the hook: %1</source>
        <translation>Hook installieren: %1</translation>
    </message>
</context>
<context>
    <name>RepositoryScan</name>
    <message>
        <source>git could not list the files: %1</source>
        <translation>git konnte die Dateien nicht auflisten: %1</translation>
    </message>
    <message>
        <source>git could not list the staged files: %1</source>
        <translation>git konnte die vorgemerkten Dateien nicht auflisten: %1</translation>
    </message>
    <message>
        <source>git could not read the index: %1</source>
        <translation>git konnte den Index nicht lesen: %1</translation>
    </message>
    <message>
        <source>%1 is staged for commit. Unstage it (`git rm --cached -- %1`) and make git ignore it (`envsmith check`, fix env-ignored).</source>
        <translation>%1 ist für den Commit vorgemerkt. Nehmen Sie die Datei aus der Vormerkung (`git rm --cached -- %1`) und lassen Sie git sie ignorieren (`envsmith check`, Behebung für env-ignored).</translation>
    </message>
    <message>
        <source>git could not read the history: %1</source>
        <translation>git konnte die Historie nicht lesen: %1</translation>
    </message>
    <message>
        <source>larger (%1 bytes) than the scan limit of %2 bytes</source>
        <translation>größer (%1 Bytes) als die Obergrenze von %2 Bytes</translation>
    </message>
    <message>
        <source>could not be read (%1)</source>
        <translation>konnte nicht gelesen werden (%1)</translation>
    </message>
    <message>
        <source>could not be mapped (%1)</source>
        <translation>konnte nicht in den Speicher abgebildet werden (%1)</translation>
    </message>
    <message>
        <source>Could not run git log: %1</source>
        <translation>git log konnte nicht ausgeführt werden: %1</translation>
    </message>
    <message>
        <source>git log ended abnormally</source>
        <translation>git log wurde nicht ordnungsgemäß beendet</translation>
    </message>
    <message>
        <source>Could not run git ls-files: %1</source>
        <translation>git ls-files konnte nicht ausgeführt werden: %1</translation>
    </message>
    <message>
        <source>git ls-files ended abnormally</source>
        <translation>git ls-files wurde nicht ordnungsgemäß beendet</translation>
    </message>
    <message>
        <source>this is a shallow clone: commits older than the ones it holds were not scanned (run `git fetch --unshallow` first to scan the whole history)</source>
        <translation>dies ist ein flacher Klon: ältere Commits als die enthaltenen wurden nicht durchsucht (erst `git fetch --unshallow` ausführen, um die ganze Historie zu durchsuchen)</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>%1 konnte nicht geöffnet werden: %2</translation>
    </message>
</context>
<context>
    <name>RestoreCommand</name>
    <message>
        <source>Restoring %1:</source>
        <translation>%1 wird wiederhergestellt:</translation>
    </message>
    <message>
        <source>Restore failed: %1 was not written.</source>
        <translation>Wiederherstellung fehlgeschlagen: %1 wurde nicht geschrieben.</translation>
    </message>
    <message>
        <source>To do: the keychain holds no value for %1; run envsmith setup to fill them.</source>
        <translation>Zu tun: Der Schlüsselbund enthält keinen Wert für %1; führen Sie envsmith setup aus, um sie zu füllen.</translation>
    </message>
</context>
<context>
    <name>RestoreJob</name>
    <message>
        <source>%1 exists, so there is nothing to restore (restore never overwrites it). Move it away first if you want it rebuilt from the keychain.</source>
        <translation>%1 existiert, daher gibt es nichts wiederherzustellen (restore überschreibt die Datei nie). Verschieben Sie sie zuerst, wenn sie aus dem Schlüsselbund neu aufgebaut werden soll.</translation>
    </message>
    <message>
        <source>No template (.env.example) in %1: restore rebuilds .env in the template&apos;s layout and needs it.</source>
        <translation>Keine Vorlage (.env.example) in %1: restore baut .env in der Anordnung der Vorlage neu auf und braucht sie dafür.</translation>
    </message>
    <message>
        <source>%1 Nothing was written.</source>
        <translation>%1 Nichts wurde geschrieben.</translation>
    </message>
    <message>
        <source>The keychain holds no values Envsmith stored for this project (service %1). Create .env with envsmith setup instead.</source>
        <translation>Der Schlüsselbund enthält keine Werte, die Envsmith für dieses Projekt gespeichert hat (Dienst %1). Legen Sie .env stattdessen mit envsmith setup an.</translation>
    </message>
    <message>
        <source>Nothing was written: %1</source>
        <translation>Nichts wurde geschrieben: %1</translation>
    </message>
    <message>
        <source>Nothing was written: %1: %2</source>
        <translation>Nichts wurde geschrieben: %1: %2</translation>
    </message>
    <message>
        <source>Restored by Envsmith from the keychain: not in %1</source>
        <translation>Von Envsmith aus dem Schlüsselbund wiederhergestellt: nicht in %1</translation>
    </message>
    <message>
        <source>from the keychain</source>
        <translation>aus dem Schlüsselbund</translation>
    </message>
    <message>
        <source>from the template</source>
        <translation>aus der Vorlage</translation>
    </message>
    <message>
        <source>not in the keychain: the template&apos;s placeholder is kept (run envsmith setup)</source>
        <translation>nicht im Schlüsselbund: Der Platzhalter der Vorlage bleibt stehen (führen Sie envsmith setup aus)</translation>
    </message>
    <message>
        <source>Make git ignore %1 and its siblings</source>
        <translation>git %1 und verwandte Dateien ignorieren lassen</translation>
    </message>
    <message>
        <source>git already ignores the env files.</source>
        <translation>git ignoriert die env-Dateien bereits.</translation>
    </message>
    <message>
        <source>Added the env files to .gitignore.</source>
        <translation>Die env-Dateien wurden zu .gitignore hinzugefügt.</translation>
    </message>
    <message>
        <source>Write %1 (mode 0600)</source>
        <translation>%1 schreiben (Rechte 0600)</translation>
    </message>
    <message>
        <source>Rebuilt %1 from the keychain.</source>
        <translation>%1 wurde aus dem Schlüsselbund neu aufgebaut.</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>The .env that will be &amp;written (secret values hidden):</source>
        <translation>Die .env, die ge&amp;schrieben wird (geheime Werte verborgen):</translation>
    </message>
    <message>
        <source>The .env that will be written, secret values hidden</source>
        <translation>Die .env, die geschrieben wird, geheime Werte verborgen</translation>
    </message>
    <message>
        <source>&amp;Steps:</source>
        <translation>Sc&amp;hritte:</translation>
    </message>
    <message>
        <source>Steps that applying will run</source>
        <translation>Schritte, die beim Anwenden ausgeführt werden</translation>
    </message>
    <message>
        <source>Store values in the OS &amp;keychain</source>
        <translation>Werte im &amp;Schlüsselbund des Systems speichern</translation>
    </message>
    <message>
        <source>Store values in the OS keychain</source>
        <translation>Werte im Schlüsselbund des Systems speichern</translation>
    </message>
    <message>
        <source>Keychain status</source>
        <translation>Zustand des Schlüsselbunds</translation>
    </message>
    <message>
        <source>Lines added to .gitignore</source>
        <translation>Zeilen, die zu .gitignore hinzugefügt werden</translation>
    </message>
    <message>
        <source>Values that will be replaced</source>
        <translation>Werte, die ersetzt werden</translation>
    </message>
    <message>
        <source>Values still to do</source>
        <translation>Noch offene Werte</translation>
    </message>
    <message>
        <source>.env is a symbolic link: write to the file it &amp;points to</source>
        <translation>.env ist ein symbolischer Link: in die Datei schreiben, auf die er &amp;zeigt</translation>
    </message>
    <message>
        <source>Confirm writing through the symbolic link .env</source>
        <translation>Schreiben über den symbolischen Link .env bestätigen</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Überprüfen</translation>
    </message>
    <message>
        <source>Nothing has been written yet. Check what will happen, then click Apply.</source>
        <translation>Noch wurde nichts geschrieben. Prüfen Sie, was geschehen wird, und klicken Sie dann auf „Anwenden“.</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Anwenden</translation>
    </message>
    <message>
        <source>The .env cannot be shown: %1</source>
        <translation>Die .env kann nicht angezeigt werden: %1</translation>
    </message>
    <message>
        <source>git already ignores .env: .gitignore stays as it is.</source>
        <translation>git ignoriert .env bereits: .gitignore bleibt, wie es ist.</translation>
    </message>
    <message>
        <source>Not a git repository: .gitignore is not changed.</source>
        <translation>Kein git-Repository: .gitignore wird nicht geändert.</translation>
    </message>
    <message>
        <source>Lines added to .gitignore:
%1</source>
        <translation>Zeilen, die zu .gitignore hinzugefügt werden:
%1</translation>
    </message>
    <message>
        <source>These current values will be replaced (a backup of your current .env is kept): %1</source>
        <translation>Diese aktuellen Werte werden ersetzt (eine Sicherung Ihrer aktuellen .env wird aufbewahrt): %1</translation>
    </message>
    <message>
        <source>Still to do after this (left empty in .env): %1</source>
        <translation>Danach noch zu tun (in .env leer gelassen): %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>RotateCommand</name>
    <message>
        <source>envsmith rotate: name the variables, e.g. envsmith rotate JWT_SECRET (or envsmith rotate --finish JWT_SECRET). See &apos;envsmith --help&apos;.</source>
        <translation>envsmith rotate: Nennen Sie die Variablen, z. B. envsmith rotate JWT_SECRET (oder envsmith rotate --finish JWT_SECRET). Siehe „envsmith --help“.</translation>
    </message>
    <message>
        <source>Changes to %1 and the keychain:</source>
        <translation>Änderungen an %1 und am Schlüsselbund:</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>Nothing was changed: confirmation needed. Run again with --yes to apply without asking.</source>
        <translation>Nichts wurde geändert: Bestätigung nötig. Starten Sie erneut mit --yes, um ohne Rückfrage anzuwenden.</translation>
    </message>
    <message>
        <source>Apply these changes?</source>
        <translation>Diese Änderungen anwenden?</translation>
    </message>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation>Abgebrochen; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Rotation failed: %1 was not changed.</source>
        <translation>Rotation fehlgeschlagen: %1 wurde nicht geändert.</translation>
    </message>
    <message>
        <source>Rotation is incomplete: %1 holds the new values, but the keychain step failed (see above).</source>
        <translation>Rotation unvollständig: %1 enthält die neuen Werte, aber der Schritt für den Schlüsselbund ist fehlgeschlagen (siehe oben).</translation>
    </message>
    <message>
        <source>%1 keeps the old value: restart your app, and once nothing signed with the old key is in use, run: envsmith rotate --finish %2</source>
        <translation>%1 behält den alten Wert: Starten Sie Ihre App neu, und sobald nichts mehr in Gebrauch ist, das mit dem alten Schlüssel signiert wurde, führen Sie aus: envsmith rotate --finish %2</translation>
    </message>
    <message>
        <source>Changes to %1:</source>
        <translation>Änderungen an %1:</translation>
    </message>
    <message>
        <source>To rotate without the keychain, run rotate again with --no-keychain (the new values then live only in %1).</source>
        <translation>Um ohne Schlüsselbund zu rotieren, führen Sie rotate erneut mit --no-keychain aus (die neuen Werte stehen dann nur in %1).</translation>
    </message>
</context>
<context>
    <name>RotationPlan</name>
    <message>
        <source>Previous value of %1, still accepted during the rotation. Finish with: envsmith rotate --finish %1</source>
        <translation>Bisheriger Wert von %1, während der Rotation weiterhin gültig. Abschließen mit: envsmith rotate --finish %1</translation>
    </message>
    <message>
        <source>Name the variables to rotate, e.g. envsmith rotate JWT_SECRET.</source>
        <translation>Nennen Sie die zu rotierenden Variablen, z. B. envsmith rotate JWT_SECRET.</translation>
    </message>
    <message>
        <source>No template (.env.example) in %1: Envsmith needs it to know how each value is generated.</source>
        <translation>Keine Vorlage (.env.example) in %1: Envsmith braucht sie, um zu wissen, wie jeder Wert erzeugt wird.</translation>
    </message>
    <message>
        <source>%1 is a symbolic link; rotate does not write through links. Replace the link by the file, or run envsmith setup --follow-symlink.</source>
        <translation>%1 ist ein symbolischer Link; rotate schreibt nicht über Links. Ersetzen Sie den Link durch die Datei oder führen Sie envsmith setup --follow-symlink aus.</translation>
    </message>
    <message>
        <source>%1 does not exist, so there is nothing to rotate. Rebuild it from the keychain with envsmith restore, or create it with envsmith setup.</source>
        <translation>%1 existiert nicht, daher gibt es nichts zu rotieren. Bauen Sie die Datei mit envsmith restore aus dem Schlüsselbund neu auf oder legen Sie sie mit envsmith setup an.</translation>
    </message>
    <message>
        <source>Cannot read %1 (%2). Check that it is a file you may read; nothing was changed.</source>
        <translation>%1 kann nicht gelesen werden (%2). Prüfen Sie, ob es eine Datei ist, die Sie lesen dürfen; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>%1 cannot be read as a dotenv file: %2. Fix that line, then try again.</source>
        <translation>%1 kann nicht als dotenv-Datei gelesen werden: %2. Korrigieren Sie diese Zeile und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>%1 is not a variable of the template %2; rotate only knows how to generate the template&apos;s secrets.</source>
        <translation>%1 ist keine Variable der Vorlage %2; rotate kann nur die Geheimnisse der Vorlage erzeugen.</translation>
    </message>
    <message>
        <source>%1 is a key issued by an outside service%2; it cannot be generated. Rotate it at the service, then put the new key into .env (envsmith set %1).</source>
        <translation>%1 ist ein Schlüssel eines externen Dienstes%2; er kann nicht erzeugt werden. Rotieren Sie ihn beim Dienst und tragen Sie dann den neuen Schlüssel in .env ein (envsmith set %1).</translation>
    </message>
    <message>
        <source>%1 is built from %2; rotate %2 and %1 follows.</source>
        <translation>%1 wird aus %2 gebildet; rotieren Sie %2, dann folgt %1.</translation>
    </message>
    <message>
        <source>%1 is plain configuration, not a secret; edit it instead.</source>
        <translation>%1 ist einfache Konfiguration, kein Geheimnis; bearbeiten Sie den Wert stattdessen.</translation>
    </message>
    <message>
        <source>The template marks %1 @regenerate=never: Envsmith does not replace it. Change it yourself if you must.</source>
        <translation>Die Vorlage markiert %1 mit @regenerate=never: Envsmith ersetzt den Wert nicht. Ändern Sie ihn selbst, wenn es sein muss.</translation>
    </message>
    <message>
        <source>%1 is still mid-rotation: %2 holds its previous value. Finish that rotation first (envsmith rotate --finish %1), then rotate again.</source>
        <translation>%1 ist noch mitten in einer Rotation: %2 enthält seinen bisherigen Wert. Schließen Sie diese Rotation zuerst ab (envsmith rotate --finish %1) und rotieren Sie dann erneut.</translation>
    </message>
    <message>
        <source>new value (%1, %2 bits)</source>
        <translation>neuer Wert (%1, %2 Bit)</translation>
    </message>
    <message>
        <source>- the current value stays as %1 until: envsmith rotate --finish %2</source>
        <translation>- der aktuelle Wert bleibt als %1 erhalten bis: envsmith rotate --finish %2</translation>
    </message>
    <message>
        <source>the previous value of %1</source>
        <translation>der bisherige Wert von %1</translation>
    </message>
    <message>
        <source>follows %1 (the rest of the value is kept)</source>
        <translation>folgt %1 (der Rest des Werts bleibt erhalten)</translation>
    </message>
    <message>
        <source>follows %1 (rebuilt from the template: the current value did not contain %1)</source>
        <translation>folgt %1 (aus der Vorlage neu gebildet: der aktuelle Wert enthielt %1 nicht)</translation>
    </message>
    <message>
        <source>%1 has no previous value (%2 is not set in .env), so there is no rotation to finish.</source>
        <translation>%1 hat keinen bisherigen Wert (%2 ist in .env nicht gesetzt), daher gibt es keine Rotation abzuschließen.</translation>
    </message>
    <message>
        <source>removed from .env and the keychain: the rotation of %1 is finished</source>
        <translation>aus .env und dem Schlüsselbund entfernt: Die Rotation von %1 ist abgeschlossen</translation>
    </message>
    <message>
        <source>emptied in .env and removed from the keychain: the rotation of %1 is finished</source>
        <translation>in .env geleert und aus dem Schlüsselbund entfernt: Die Rotation von %1 ist abgeschlossen</translation>
    </message>
    <message>
        <source>the new file would not read back (%1)</source>
        <translation>die neue Datei ließe sich nicht zurücklesen (%1)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 would not read back as planned</source>
        <translation>%1 ließe sich nicht wie geplant zurücklesen</translation>
    </message>
    <message>
        <source>%1 would change although it is not rotated</source>
        <translation>%1 würde sich ändern, obwohl es nicht rotiert wird</translation>
    </message>
    <message>
        <source>%1 is not a regular file (a folder, a FIFO or a device), so there is nothing to rotate; nothing was changed. Make it your env file again.</source>
        <translation>%1 ist keine reguläre Datei (ein Ordner, eine FIFO oder ein Gerät), daher gibt es nichts zu rotieren; nichts wurde geändert. Machen Sie daraus wieder Ihre env-Datei.</translation>
    </message>
</context>
<context>
    <name>RotationRunner</name>
    <message>
        <source>Write %1 (mode 0600)</source>
        <translation>%1 schreiben (Rechte 0600)</translation>
    </message>
    <message>
        <source>Update the OS keychain</source>
        <translation>Den Schlüsselbund des Systems aktualisieren</translation>
    </message>
    <message>
        <source>Nothing was written, so .env and the keychain stay in step.</source>
        <translation>Nichts wurde geschrieben, daher bleiben .env und der Schlüsselbund im Einklang.</translation>
    </message>
    <message>
        <source>Nothing was written: %1. Please report this as a bug.</source>
        <translation>Nichts wurde geschrieben: %1. Bitte melden Sie dies als Fehler.</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>%1 geschrieben.</translation>
    </message>
    <message>
        <source>The previous file is kept as %1.</source>
        <translation>Die bisherige Datei wird als %1 aufbewahrt.</translation>
    </message>
    <message>
        <source>Not asked to use the keychain (--no-keychain).</source>
        <translation>Der Schlüsselbund wurde nicht verwendet (--no-keychain).</translation>
    </message>
    <message numerus="yes">
        <source>Updated %n entry(s) under the service %1.</source>
        <translation>
            <numerusform>%n Eintrag unter dem Dienst %1 aktualisiert.</numerusform>
            <numerusform>%n Einträge unter dem Dienst %1 aktualisiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>The keychain entries were updated, but the list of stored names could not be saved: %1</source>
        <translation>Die Einträge im Schlüsselbund wurden aktualisiert, aber die Liste der gespeicherten Namen konnte nicht gesichert werden: %1</translation>
    </message>
    <message>
        <source>Could not update %1 in the keychain: %2. .env already holds the new values; run the same command&apos;s keychain part again with envsmith setup --yes.</source>
        <translation>%1 konnte im Schlüsselbund nicht aktualisiert werden: %2. .env enthält bereits die neuen Werte; führen Sie den Schlüsselbund-Teil mit envsmith setup --yes erneut aus.</translation>
    </message>
</context>
<context>
    <name>ScanCommand</name>
    <message>
        <source>--repo needs a folder.</source>
        <translation>--repo braucht einen Ordner.</translation>
    </message>
    <message>
        <source>--format needs text, json or sarif.</source>
        <translation>--format braucht text, json oder sarif.</translation>
    </message>
    <message>
        <source>Unknown format &apos;%1&apos; (use text, json or sarif).</source>
        <translation>Unbekanntes Format „%1“ (verwenden Sie text, json oder sarif).</translation>
    </message>
    <message>
        <source>Unknown argument &apos;%1&apos;.</source>
        <translation>Unbekanntes Argument „%1“.</translation>
    </message>
    <message>
        <source>--history and --staged cannot be combined.</source>
        <translation>--history und --staged können nicht kombiniert werden.</translation>
    </message>
    <message>
        <source>Cannot scan %1: %2</source>
        <translation>%1 kann nicht durchsucht werden: %2</translation>
    </message>
    <message>
        <source>Commit blocked: remove the secret (or unstage the file), or, if it is not a secret, add `gitleaks:allow` to the line or its fingerprint to .gitleaksignore.</source>
        <translation>Commit blockiert: Entfernen Sie das Geheimnis (oder nehmen Sie die Datei aus der Vormerkung), oder, wenn es kein Geheimnis ist, fügen Sie `gitleaks:allow` in die Zeile ein oder tragen Sie seinen Fingerabdruck in .gitleaksignore ein.</translation>
    </message>
    <message>
        <source>Note: the values in the keychain were not searched for (%1). Those in %2 were.</source>
        <translation>Hinweis: Nach den Werten im Schlüsselbund wurde nicht gesucht (%1). Nach denen in %2 schon.</translation>
    </message>
    <message>
        <source>Note: %1 was not read from the keychain: %2</source>
        <translation>Hinweis: %1 wurde nicht aus dem Schlüsselbund gelesen: %2</translation>
    </message>
    <message>
        <source>keychain</source>
        <translation>Schlüsselbund</translation>
    </message>
    <message>
        <source>Not scanned: %1.</source>
        <translation>Nicht durchsucht: %1.</translation>
    </message>
    <message>
        <source>Not scanned: %1: %2.</source>
        <translation>Nicht durchsucht: %1: %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) could not be scanned (listed under notScanned): this scan is incomplete.</source>
        <translation>
            <numerusform>%n Element konnte nicht durchsucht werden (unter notScanned aufgeführt): Diese Suche ist unvollständig.</numerusform>
            <numerusform>%n Elemente konnten nicht durchsucht werden (unter notScanned aufgeführt): Diese Suche ist unvollständig.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 Usage: envsmith scan [--repo DIR] [--history | --staged] [--no-keychain] [--quiet] [--format text|json|sarif]. See &apos;envsmith --help&apos;.</source>
        <translation>%1 Aufruf: envsmith scan [--repo DIR] [--history | --staged] [--no-keychain] [--quiet] [--format text|json|sarif]. Siehe „envsmith --help“.</translation>
    </message>
    <message>
        <source>Cannot scan %1: it is a file. Give --repo the repository&apos;s folder.</source>
        <translation>%1 kann nicht durchsucht werden: Es ist eine Datei. Geben Sie bei --repo den Ordner des Repositorys an.</translation>
    </message>
    <message>
        <source>Cannot scan %1: it is a submodule that is not checked out. Run `git submodule update --init %2` in %3, then scan it.</source>
        <translation>%1 kann nicht durchsucht werden: Es ist ein Submodul, das nicht ausgecheckt ist. Führen Sie `git submodule update --init %2` in %3 aus und durchsuchen Sie es dann.</translation>
    </message>
    <message numerus="yes">
        <source>Note: %n submodule(s) or nested repositories (listed in the output) are repositories of their own and were not scanned; scan each with `envsmith scan --repo PATH`.</source>
        <translation>
            <numerusform>Hinweis: %n Submodul oder verschachteltes Repository (in der Ausgabe aufgeführt) ist ein eigenes Repository und wurde nicht durchsucht; durchsuchen Sie es mit `envsmith scan --repo PATH`.</numerusform>
            <numerusform>Hinweis: %n Submodule oder verschachtelte Repositorys (in der Ausgabe aufgeführt) sind eigene Repositorys und wurden nicht durchsucht; durchsuchen Sie jedes mit `envsmith scan --repo PATH`.</numerusform>
        </translation>
    </message>
    <message>
        <source>  envsmith scan [--repo DIR] [--history | --staged] [--no-keychain] [--quiet]
                [--format text|json|sarif]
                           Look for secrets: in the working tree (tracked and untracked, not
                           ignored files), in every blob of the history (--history: with the
                           commit and author that added it) or in the staged changes (--staged:
                           for the pre-commit hook; a staged .env is a finding too). Rules in
                           gitleaks&apos; format (built in, or the repository&apos;s .gitleaks.toml);
                           .gitleaksignore fingerprints and &apos;gitleaks:allow&apos; lines are honoured;
                           the values in .env and the keychain (not with --no-keychain, or when
                           it is locked) are found raw, base64, hex or URL-encoded. Output never
                           shows a whole secret. Exit 0 no finding, 1 findings, 2 usage, 3 failed
                           (e.g. not a git repository), 4 no finding but some files could not be
                           scanned (too large, unreadable: listed in the output). --quiet prints
                           nothing when there is nothing to report (the commit guard uses it).
                           --history also works in a bare repository (its .gitleaks.toml and
                           .gitleaksignore are read from the last commit). The working-tree scan
                           lists submodules and nested repositories (not scanned: scan each
                           with --repo PATH after `git submodule update --init`).
</source>
        <translation>  envsmith scan [--repo DIR] [--history | --staged] [--no-keychain] [--quiet]
                [--format text|json|sarif]
                           Sucht nach Geheimnissen: im Arbeitsverzeichnis (verfolgte und nicht
                           verfolgte, nicht ignorierte Dateien), in jedem Blob der Historie
                           (--history: mit dem Commit und Autor, der ihn hinzugefügt hat) oder in
                           den vorgemerkten Änderungen (--staged: für den pre-commit-Hook; eine
                           vorgemerkte .env ist ebenfalls ein Befund). Regeln im Format von
                           gitleaks (eingebaut oder die .gitleaks.toml des Repositorys);
                           Fingerabdrücke in .gitleaksignore und Zeilen mit „gitleaks:allow“
                           werden beachtet; die Werte in .env und im Schlüsselbund (nicht mit
                           --no-keychain oder wenn er gesperrt ist) werden roh, in Base64, hex
                           oder URL-kodiert gefunden. Die Ausgabe zeigt nie ein ganzes
                           Geheimnis. Exit-Code 0 kein Befund, 1 Befunde, 2 Aufruffehler,
                           3 fehlgeschlagen (z. B. kein git-Repository), 4 kein Befund, aber
                           einige Dateien konnten nicht durchsucht werden (zu groß, nicht
                           lesbar: in der Ausgabe aufgeführt). --quiet gibt nichts aus, wenn
                           es nichts zu melden gibt (der Commit-Schutz verwendet das).
                           --history funktioniert auch in einem Bare-Repository (seine
                           .gitleaks.toml und .gitleaksignore werden aus dem letzten Commit
                           gelesen). Die Suche im
                           Arbeitsverzeichnis führt Submodule und verschachtelte Repositorys
                           auf (nicht durchsucht: durchsuchen Sie jedes mit --repo PATH nach
                           `git submodule update --init`).
</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
</context>
<context>
    <name>ScanExactValue</name>
    <message>
        <source>%1 cannot be read as an env file (line %2); its values are not searched for. Run `envsmith lint %1`.</source>
        <translation>%1 kann nicht als env-Datei gelesen werden (Zeile %2); nach seinen Werten wird nicht gesucht. Führen Sie `envsmith lint %1` aus.</translation>
    </message>
    <message>
        <source>%1 is not a regular file (a folder, a FIFO or a device), so its values are not searched for. Replace it with your env file.</source>
        <translation>%1 ist keine reguläre Datei (ein Ordner, eine FIFO oder ein Gerät), daher wird nicht nach ihren Werten gesucht. Ersetzen Sie sie durch Ihre env-Datei.</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MiB, so its values are not searched for. An env file that large is probably not one: check what it holds.</source>
        <translation>%1 ist größer als %2 MiB, daher wird nicht nach ihren Werten gesucht. Eine so große env-Datei ist vermutlich keine: Prüfen Sie, was sie enthält.</translation>
    </message>
    <message>
        <source>Cannot read %1 (%2), so its values are not searched for. Check its permissions.</source>
        <translation>%1 kann nicht gelesen werden (%2), daher wird nicht nach ihren Werten gesucht. Prüfen Sie die Zugriffsrechte.</translation>
    </message>
</context>
<context>
    <name>ScanReport</name>
    <message>
        <source> in commit %1 by %2</source>
        <translation> in Commit %1 von %2</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s); scanned %1 file(s), %2 blob(s), %3 byte(s).</source>
        <translation>
            <numerusform>%n Befund; %1 Datei(en), %2 Blob(s), %3 Byte(s) durchsucht.</numerusform>
            <numerusform>%n Befunde; %1 Datei(en), %2 Blob(s), %3 Byte(s) durchsucht.</numerusform>
        </translation>
    </message>
    <message>
        <source>A value from this project&apos;s .env or keychain (raw or encoded)</source>
        <translation>Ein Wert aus der .env oder dem Schlüsselbund dieses Projekts (roh oder kodiert)</translation>
    </message>
    <message>
        <source>A local env file (.env, .env.local, .env.*.local) staged for commit</source>
        <translation>Eine lokale env-Datei (.env, .env.local, .env.*.local), für den Commit vorgemerkt</translation>
    </message>
    <message>
        <source>(secret %1)</source>
        <translation>(Geheimnis %1)</translation>
    </message>
    <message>
        <source>first committed in %1 by %2</source>
        <translation>zuerst committet in %1 von %2</translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n binary file(s).</source>
        <translation>
            <numerusform>%n Binärdatei übersprungen.</numerusform>
            <numerusform>%n Binärdateien übersprungen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not scanned (%n), so this scan is incomplete:</source>
        <translation>
            <numerusform>Nicht durchsucht (%n), daher ist diese Suche unvollständig:</numerusform>
            <numerusform>Nicht durchsucht (%n), daher ist diese Suche unvollständig:</numerusform>
        </translation>
    </message>
    <message>
        <source>(commit %1)</source>
        <translation>(Commit %1)</translation>
    </message>
    <message>
        <source>Not scanned: %1</source>
        <translation>Nicht durchsucht: %1</translation>
    </message>
    <message>
        <source>(blob added in commit %1)</source>
        <translation>(Blob hinzugefügt in Commit %1)</translation>
    </message>
    <message numerus="yes">
        <source>Not part of this repository (%n submodule(s) or nested repositories; scan each with `envsmith scan --repo PATH`):</source>
        <translation>
            <numerusform>Nicht Teil dieses Repositorys (%n Submodul oder verschachteltes Repository; durchsuchen Sie es mit `envsmith scan --repo PATH`):</numerusform>
            <numerusform>Nicht Teil dieses Repositorys (%n Submodule oder verschachtelte Repositorys; durchsuchen Sie jedes mit `envsmith scan --repo PATH`):</numerusform>
        </translation>
    </message>
    <message>
        <source>A submodule or nested repository: not scanned with this one (scan it with `envsmith scan --repo PATH`).</source>
        <translation>Ein Submodul oder verschachteltes Repository: nicht mit diesem durchsucht (durchsuchen Sie es mit `envsmith scan --repo PATH`).</translation>
    </message>
</context>
<context>
    <name>ScanRuleSet</name>
    <message>
        <source>%1: `%2` must be a list of strings.</source>
        <translation>%1: `%2` muss eine Liste von Zeichenketten sein.</translation>
    </message>
    <message>
        <source>%1: every entry of `%2` must be a string.</source>
        <translation>%1: Jeder Eintrag von `%2` muss eine Zeichenkette sein.</translation>
    </message>
    <message>
        <source>%1: the regular expression does not compile (%2). Fix it (RE2/Go syntax; no look-around or back-references).</source>
        <translation>%1: Der reguläre Ausdruck lässt sich nicht kompilieren (%2). Korrigieren Sie ihn (RE2/Go-Syntax; kein Look-around, keine Rückverweise).</translation>
    </message>
    <message>
        <source>%1: condition must be &quot;OR&quot; or &quot;AND&quot;.</source>
        <translation>%1: condition muss „OR“ oder „AND“ sein.</translation>
    </message>
    <message>
        <source>%1: regexTarget must be &quot;secret&quot;, &quot;match&quot; or &quot;line&quot;.</source>
        <translation>%1: regexTarget muss „secret“, „match“ oder „line“ sein.</translation>
    </message>
    <message>
        <source>%1: `allowlist` must be a table.</source>
        <translation>%1: `allowlist` muss eine Tabelle sein.</translation>
    </message>
    <message>
        <source>%1: `allowlists` must be an array of tables ([[allowlists]]).</source>
        <translation>%1: `allowlists` muss ein Array von Tabellen sein ([[allowlists]]).</translation>
    </message>
    <message>
        <source>%1: allowlist %2 must be a table.</source>
        <translation>%1: allowlist %2 muss eine Tabelle sein.</translation>
    </message>
    <message>
        <source>%1: rule %2 has no `id`. Give every [[rules]] entry an id.</source>
        <translation>%1: Regel %2 hat keine `id`. Geben Sie jedem [[rules]]-Eintrag eine id.</translation>
    </message>
    <message>
        <source>%1: rule `%2`</source>
        <translation>%1: Regel `%2`</translation>
    </message>
    <message>
        <source>%1 has neither `regex` nor `path`.</source>
        <translation>%1 hat weder `regex` noch `path`.</translation>
    </message>
    <message>
        <source>%1: secretGroup must be a group number.</source>
        <translation>%1: secretGroup muss eine Gruppennummer sein.</translation>
    </message>
    <message>
        <source>%1: entropy must be a number from 0 to 8.</source>
        <translation>%1: entropy muss eine Zahl von 0 bis 8 sein.</translation>
    </message>
    <message>
        <source>%1: severity must be &quot;info&quot;, &quot;warning&quot; or &quot;error&quot;.</source>
        <translation>%1: severity muss „info“, „warning“ oder „error“ sein.</translation>
    </message>
    <message>
        <source>%1 is not valid TOML (line %2, column %3: %4). Fix the file.</source>
        <translation>%1 ist kein gültiges TOML (Zeile %2, Spalte %3: %4). Korrigieren Sie die Datei.</translation>
    </message>
    <message>
        <source>%1: `extend` must be a table.</source>
        <translation>%1: `extend` muss eine Tabelle sein.</translation>
    </message>
    <message>
        <source>%1: `[extend]` is nested more than %2 levels deep.</source>
        <translation>%1: `[extend]` ist mehr als %2 Ebenen tief verschachtelt.</translation>
    </message>
    <message>
        <source>%1: `rules` must be an array of tables ([[rules]]).</source>
        <translation>%1: `rules` muss ein Array von Tabellen sein ([[rules]]).</translation>
    </message>
    <message>
        <source>%1: rule %2 is not a table.</source>
        <translation>%1: Regel %2 ist keine Tabelle.</translation>
    </message>
    <message>
        <source>Cannot read %1 (not a regular file, larger than 4 MiB, or unreadable). Fix or remove it.</source>
        <translation>%1 kann nicht gelesen werden (keine reguläre Datei, größer als 4 MiB oder nicht lesbar). Korrigieren oder entfernen Sie die Datei.</translation>
    </message>
    <message>
        <source>%1 defines no rules (is it [[rules]], and `[extend] useDefault = true` to keep the built-in ones?). Fix the file or remove it.</source>
        <translation>%1 definiert keine Regeln (heißt es [[rules]], und ist `[extend] useDefault = true` gesetzt, um die eingebauten zu behalten?). Korrigieren oder entfernen Sie die Datei.</translation>
    </message>
    <message>
        <source>%1: `useDefault` in [extend] must be true or false.</source>
        <translation>%1: `useDefault` in [extend] muss true oder false sein.</translation>
    </message>
    <message>
        <source>%1: cannot read the extended configuration %2 (not a regular file, larger than 4 MiB, or unreadable).</source>
        <translation>%1: Die erweiterte Konfiguration %2 kann nicht gelesen werden (keine reguläre Datei, größer als 4 MiB oder nicht lesbar).</translation>
    </message>
    <message>
        <source>%1: the extended configuration %2 is larger than 4 MiB.</source>
        <translation>%1: Die erweiterte Konfiguration %2 ist größer als 4 MiB.</translation>
    </message>
    <message>
        <source>%1 is larger than 4 MiB. Fix or remove it.</source>
        <translation>%1 ist größer als 4 MiB. Korrigieren oder entfernen Sie die Datei.</translation>
    </message>
    <message>
        <source>%1 in the last commit</source>
        <translation>%1 im letzten Commit</translation>
    </message>
</context>
<context>
    <name>SchemaViolationCheck</name>
    <message>
        <source>The %1 key is not defined in the schema</source>
        <translation>Der Schlüssel %1 ist im Schema nicht definiert</translation>
    </message>
    <message>
        <source>Add %1 to the schema&apos;s entries, or remove it</source>
        <translation>Nehmen Sie %1 in die entries des Schemas auf oder entfernen Sie ihn</translation>
    </message>
    <message>
        <source>The %1 key is not a valid %2</source>
        <translation>Der Schlüssel %1 hat keinen gültigen Wert vom Typ %2</translation>
    </message>
    <message>
        <source>Give %1 a value of type %2</source>
        <translation>Geben Sie %1 einen Wert vom Typ %2</translation>
    </message>
    <message>
        <source>The %1 key does not match the schema&apos;s regex</source>
        <translation>Der Schlüssel %1 passt nicht zum regulären Ausdruck des Schemas</translation>
    </message>
    <message>
        <source>Give %1 a value that matches the schema&apos;s regex</source>
        <translation>Geben Sie %1 einen Wert, der zum regulären Ausdruck des Schemas passt</translation>
    </message>
    <message>
        <source>The %1 key is required by the schema but missing</source>
        <translation>Der Schlüssel %1 wird vom Schema verlangt, fehlt aber</translation>
    </message>
    <message>
        <source>Add %1=&lt;value&gt;</source>
        <translation>Fügen Sie %1=&lt;Wert&gt; hinzu</translation>
    </message>
</context>
<context>
    <name>SecretAgeCheck</name>
    <message>
        <source>@rotate in the template</source>
        <translation>@rotate in der Vorlage</translation>
    </message>
    <message>
        <source>default for database passwords</source>
        <translation>Standard für Datenbank-Passwörter</translation>
    </message>
    <message>
        <source>default for signing keys</source>
        <translation>Standard für Signaturschlüssel</translation>
    </message>
    <message>
        <source>%1 was last set %2 days ago (%3); its rotation period is %4 days (%5).</source>
        <translation>%1 wurde zuletzt vor %2 Tagen gesetzt (%3); sein Rotationsintervall beträgt %4 Tage (%5).</translation>
    </message>
    <message>
        <source>Rotate it: envsmith rotate %1</source>
        <translation>Rotieren Sie es: envsmith rotate %1</translation>
    </message>
    <message numerus="yes">
        <source>%n secret(s) with a rotation period are within it.</source>
        <translation>
            <numerusform>%n Geheimnis mit Rotationsintervall liegt innerhalb des Intervalls.</numerusform>
            <numerusform>%n Geheimnisse mit Rotationsintervall liegen innerhalb des Intervalls.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SecretFloor</name>
    <message>
        <source>%1%2 gives %3 bits of entropy in %4 characters, below the floor of %5 bits and %6 characters. It is used only because it was asked for explicitly; ask for a larger size (e.g. base64url(32)) unless the consumer needs this exact format.</source>
        <translation>%1%2 ergibt %3 Bit Entropie in %4 Zeichen, unter der Untergrenze von %5 Bit und %6 Zeichen. Es wird nur verwendet, weil es ausdrücklich verlangt wurde; verlangen Sie eine größere Länge (z. B. base64url(32)), sofern das Programm, das ihn liest, nicht genau dieses Format braucht.</translation>
    </message>
</context>
<context>
    <name>SecretGenerator</name>
    <message>
        <source>The random number generator (libsodium) could not be initialised, so no secret was generated. Check that the system provides getrandom() or /dev/urandom.</source>
        <translation>Der Zufallszahlengenerator (libsodium) konnte nicht initialisiert werden, daher wurde kein Geheimnis erzeugt. Prüfen Sie, ob das System getrandom() oder /dev/urandom bereitstellt.</translation>
    </message>
    <message>
        <source>The generator %1 has a size outside 1..4096; use a size in that range.</source>
        <translation>Der Generator %1 hat eine Größe außerhalb von 1..4096; verwenden Sie eine Größe in diesem Bereich.</translation>
    </message>
    <message>
        <source>Unknown generator kind.</source>
        <translation>Unbekannte Generatorart.</translation>
    </message>
</context>
<context>
    <name>SecretHygieneCheck</name>
    <message>
        <source>%1:%2: %3 (%4, rule %5).</source>
        <translation>%1:%2: %3 (%4, Regel %5).</translation>
    </message>
    <message>
        <source>whole file</source>
        <translation>ganze Datei</translation>
    </message>
    <message>
        <source>First committed in %1 by %2.</source>
        <translation>Zuerst committet in %1 von %2.</translation>
    </message>
    <message>
        <source>Rotate it first: `envsmith rotate VAR` for a value of this project, or revoke it at the provider. Then rewrite history (everyone must re-clone afterwards): install git-filter-repo (`sudo apt install git-filter-repo`), work in a fresh clone (`git clone --mirror URL`), write the old value into a file outside the repository as `OLDVALUE==&gt;REMOVED` and run `git filter-repo --replace-text that-file` (or `git filter-repo --invert-paths --path %1` to drop the whole file), delete that file, then `git push --force --all &amp;&amp; git push --force --tags`. Fingerprint for .gitleaksignore if it is not a secret: %2</source>
        <translation>Rotieren Sie es zuerst: `envsmith rotate VAR` für einen Wert dieses Projekts, oder widerrufen Sie es beim Anbieter. Schreiben Sie dann die Historie um (danach müssen alle neu klonen): Installieren Sie git-filter-repo (`sudo apt install git-filter-repo`), arbeiten Sie in einem frischen Klon (`git clone --mirror URL`), schreiben Sie den alten Wert als `OLDVALUE==&gt;REMOVED` in eine Datei außerhalb des Repositorys und führen Sie `git filter-repo --replace-text that-file` aus (oder `git filter-repo --invert-paths --path %1`, um die ganze Datei zu entfernen), löschen Sie diese Datei und führen Sie dann `git push --force --all &amp;&amp; git push --force --tags` aus. Fingerabdruck für .gitleaksignore, falls es kein Geheimnis ist: %2</translation>
    </message>
    <message>
        <source>Move the value to .env (read it from the environment in the code) and remove it from %1; if it was ever committed or shared, rotate it (`envsmith rotate VAR`). If it is not a secret, add `gitleaks:allow` to the line or `%2` to .gitleaksignore.</source>
        <translation>Verschieben Sie den Wert nach .env (lesen Sie ihn im Code aus der Umgebung) und entfernen Sie ihn aus %1; wurde er je committet oder weitergegeben, rotieren Sie ihn (`envsmith rotate VAR`). Ist er kein Geheimnis, fügen Sie `gitleaks:allow` in die Zeile ein oder tragen Sie `%2` in .gitleaksignore ein.</translation>
    </message>
    <message>
        <source>No secret in the history (%1 blobs scanned).</source>
        <translation>Kein Geheimnis in der Historie (%1 Blobs durchsucht).</translation>
    </message>
    <message>
        <source>No secret in the working tree (%1 files scanned).</source>
        <translation>Kein Geheimnis im Arbeitsverzeichnis (%1 Dateien durchsucht).</translation>
    </message>
    <message>
        <source>Not scanned for secrets: %1</source>
        <translation>Nicht auf Geheimnisse durchsucht: %1</translation>
    </message>
    <message>
        <source>%1 was not scanned for secrets: %2.</source>
        <translation>%1 wurde nicht auf Geheimnisse durchsucht: %2.</translation>
    </message>
    <message>
        <source>%1 (added in commit %2) was not scanned for secrets: %3.</source>
        <translation>%1 (hinzugefügt in Commit %2) wurde nicht auf Geheimnisse durchsucht: %3.</translation>
    </message>
    <message>
        <source>Check it yourself (for example with `rg -n -i &apos;password|secret|token|key&apos; &apos;%1&apos;`), or keep files this large out of the repository.</source>
        <translation>Prüfen Sie die Datei selbst (zum Beispiel mit `rg -n -i &apos;password|secret|token|key&apos; &apos;%1&apos;`) oder halten Sie so große Dateien aus dem Repository heraus.</translation>
    </message>
    <message>
        <source>Make %1 a readable env file (or remove it), then check again.</source>
        <translation>Machen Sie %1 zu einer lesbaren env-Datei (oder entfernen Sie sie) und prüfen Sie dann erneut.</translation>
    </message>
</context>
<context>
    <name>SecretInTemplateCheck</name>
    <message>
        <source>The value of %1 looks like a real secret in a template, which is committed and shared</source>
        <translation>Der Wert von %1 sieht wie ein echtes Geheimnis in einer Vorlage aus, die committet und geteilt wird</translation>
    </message>
    <message>
        <source>Replace it with a placeholder or leave it empty, and rotate the secret if it was ever committed</source>
        <translation>Ersetzen Sie ihn durch einen Platzhalter oder lassen Sie ihn leer, und rotieren Sie das Geheimnis, falls es je committet wurde</translation>
    </message>
</context>
<context>
    <name>SecretReference</name>
    <message>
        <source>vault</source>
        <translation>Tresor</translation>
    </message>
    <message>
        <source>item</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <source>section</source>
        <translation>Abschnitt</translation>
    </message>
    <message>
        <source>field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a secret reference: it must start with op://, e.g. op://Team/Stripe/credential.</source>
        <translation>„%1“ ist keine Geheimnisreferenz: Sie muss mit op:// beginnen, z. B. op://Team/Stripe/credential.</translation>
    </message>
    <message>
        <source>The query of the secret reference &apos;%1&apos; must be one key=value pair, e.g. ?attribute=otp.</source>
        <translation>Die Abfrage der Geheimnisreferenz „%1“ muss genau ein key=value-Paar sein, z. B. ?attribute=otp.</translation>
    </message>
    <message>
        <source>The secret reference &apos;%1&apos; has the unknown query &apos;%2&apos;; 1Password knows only attribute= and ssh-format=.</source>
        <translation>Die Geheimnisreferenz „%1“ hat die unbekannte Abfrage „%2“; 1Password kennt nur attribute= und ssh-format=.</translation>
    </message>
    <message>
        <source>The secret reference &apos;%1&apos; has %2 part(s); write op://vault/item/field or op://vault/item/section/field.</source>
        <translation>Die Geheimnisreferenz „%1“ hat %2 Teil(e); schreiben Sie op://vault/item/field oder op://vault/item/section/field.</translation>
    </message>
    <message>
        <source>The %1 part of the secret reference &apos;%2&apos; is empty.</source>
        <translation>Der Teil „%1“ der Geheimnisreferenz „%2“ ist leer.</translation>
    </message>
    <message>
        <source>The %1 part of the secret reference &apos;%2&apos; starts or ends with a space; remove it.</source>
        <translation>Der Teil „%1“ der Geheimnisreferenz „%2“ beginnt oder endet mit einem Leerzeichen; entfernen Sie es.</translation>
    </message>
    <message>
        <source>The %1 part of the secret reference &apos;%2&apos; contains &apos;%3&apos;. References allow only letters, digits, &apos;-&apos;, &apos;_&apos;, &apos;.&apos; and spaces; use the %1&apos;s ID instead of its name.</source>
        <translation>Der Teil „%1“ der Geheimnisreferenz „%2“ enthält „%3“. Referenzen erlauben nur Buchstaben, Ziffern, „-“, „_“, „.“ und Leerzeichen; verwenden Sie für „%1“ die ID statt des Namens.</translation>
    </message>
</context>
<context>
    <name>SecretScanner</name>
    <message>
        <source>Hyperscan could not compile the rule set (%1).</source>
        <translation>Hyperscan konnte den Regelsatz nicht kompilieren (%1).</translation>
    </message>
    <message>
        <source>Hyperscan could not compile the exact-value patterns.</source>
        <translation>Hyperscan konnte die Muster für exakte Werte nicht kompilieren.</translation>
    </message>
    <message>
        <source>Hyperscan could not allocate scratch space (out of memory?).</source>
        <translation>Hyperscan konnte keinen Arbeitsspeicher reservieren (Speicher voll?).</translation>
    </message>
    <message>
        <source>The value of %1 (from %2), %3</source>
        <translation>Der Wert von %1 (aus %2), %3</translation>
    </message>
    <message>
        <source>Cannot read %1 (not a regular file, larger than 16 MiB, or unreadable). Fix or remove it.</source>
        <translation>%1 kann nicht gelesen werden (keine reguläre Datei, größer als 16 MiB oder nicht lesbar). Korrigieren oder entfernen Sie die Datei.</translation>
    </message>
    <message>
        <source>%1 is larger than 16 MiB. Fix or remove it.</source>
        <translation>%1 ist größer als 16 MiB. Korrigieren oder entfernen Sie die Datei.</translation>
    </message>
    <message numerus="yes">
        <source>%n more match(es) of this rule in this file, not listed one by one (at most %1 per rule and file); the first is here.</source>
        <translation>
            <numerusform>%n weiterer Treffer dieser Regel in dieser Datei, nicht einzeln aufgeführt (höchstens %1 je Regel und Datei); der erste steht hier.</numerusform>
            <numerusform>%n weitere Treffer dieser Regel in dieser Datei, nicht einzeln aufgeführt (höchstens %1 je Regel und Datei); der erste steht hier.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SetCommand</name>
    <message>
        <source>envsmith set: &apos;%1&apos; is not a name every dotenv reader accepts; use letters, digits and underscores, not starting with a digit.</source>
        <translation>envsmith set: „%1“ ist kein Name, den jeder dotenv-Leser akzeptiert; verwenden Sie Buchstaben, Ziffern und Unterstriche, nicht mit einer Ziffer beginnend.</translation>
    </message>
    <message>
        <source>envsmith set: %1 is a folder, not an env file; name a file with --file.</source>
        <translation>envsmith set: %1 ist ein Ordner, keine env-Datei; nennen Sie eine Datei mit --file.</translation>
    </message>
    <message>
        <source>envsmith set: cannot read %1 (%2); check its permissions.</source>
        <translation>envsmith set: %1 kann nicht gelesen werden (%2); prüfen Sie die Zugriffsrechte.</translation>
    </message>
    <message>
        <source>envsmith set: %1 cannot be read: %2. Fix the file, then run set again.</source>
        <translation>envsmith set: %1 kann nicht gelesen werden: %2. Korrigieren Sie die Datei und führen Sie set erneut aus.</translation>
    </message>
    <message>
        <source>Value for %1 (not shown): </source>
        <translation>Wert für %1 (wird nicht angezeigt): </translation>
    </message>
    <message>
        <source>envsmith set: %1</source>
        <translation>envsmith set: %1</translation>
    </message>
    <message>
        <source>envsmith set: %1 was not set: %2</source>
        <translation>envsmith set: %1 wurde nicht gesetzt: %2</translation>
    </message>
    <message>
        <source>Warning: %1 is assigned more than once in %2; the last assignment was changed, which is the one every reader uses. Remove the others.</source>
        <translation>Warnung: %1 wird in %2 mehrfach zugewiesen; geändert wurde die letzte Zuweisung, die jeder Leser verwendet. Entfernen Sie die anderen.</translation>
    </message>
    <message>
        <source>Set %1 in %2.</source>
        <translation>%1 in %2 gesetzt.</translation>
    </message>
    <message>
        <source>Set %1 in %2 (the previous file is kept as %3).</source>
        <translation>%1 in %2 gesetzt (die bisherige Datei wird als %3 aufbewahrt).</translation>
    </message>
    <message>
        <source>envsmith set: git must ignore %1 before it is written, but .gitignore could not be updated: %2 Nothing was written.</source>
        <translation>envsmith set: git muss %1 ignorieren, bevor die Datei geschrieben wird, aber .gitignore konnte nicht aktualisiert werden: %2 Nichts wurde geschrieben.</translation>
    </message>
    <message>
        <source>Added the env file patterns to .gitignore, so git ignores %1.</source>
        <translation>Die Muster für env-Dateien wurden zu .gitignore hinzugefügt, daher ignoriert git %1.</translation>
    </message>
    <message>
        <source>envsmith set: %1 was written, but the keychain copy of %2 could not be updated: %3 Run envsmith setup again when the keychain is available.</source>
        <translation>envsmith set: %1 wurde geschrieben, aber die Kopie von %2 im Schlüsselbund konnte nicht aktualisiert werden: %3 Führen Sie envsmith setup erneut aus, sobald der Schlüsselbund verfügbar ist.</translation>
    </message>
    <message>
        <source>Updated the keychain copy of %1.</source>
        <translation>Die Kopie von %1 im Schlüsselbund wurde aktualisiert.</translation>
    </message>
    <message>
        <source>cannot read standard input: %1</source>
        <translation>die Standardeingabe kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>the value on standard input is longer than 1 MiB; nothing was written</source>
        <translation>der Wert auf der Standardeingabe ist länger als 1 MiB; nichts wurde geschrieben</translation>
    </message>
    <message>
        <source>envsmith set: %1 is not a regular file (a FIFO or a device); name an env file with --file.</source>
        <translation>envsmith set: %1 ist keine reguläre Datei (eine FIFO oder ein Gerät); geben Sie mit --file eine env-Datei an.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>&amp;Clear a copied value from the clipboard after:</source>
        <translation>Einen kopierten Wert aus der Zwischenablage &amp;löschen nach:</translation>
    </message>
    <message>
        <source>Clipboard clear delay in seconds</source>
        <translation>Löschverzögerung der Zwischenablage in Sekunden</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>The value is cleared only if the clipboard still holds it, and always when Envsmith quits. Clipboard managers are asked not to keep it in their history.</source>
        <translation>Der Wert wird nur gelöscht, wenn die Zwischenablage ihn noch enthält, und immer beim Beenden von Envsmith. Zwischenablage-Verwalter werden gebeten, ihn nicht im Verlauf zu behalten.</translation>
    </message>
    <message>
        <source>Envsmith settings</source>
        <translation>Envsmith-Einstellungen</translation>
    </message>
</context>
<context>
    <name>SetupCommand</name>
    <message>
        <source>Repository: %1</source>
        <translation>Repository: %1</translation>
    </message>
    <message>
        <source>Template:   %1</source>
        <translation>Vorlage:    %1</translation>
    </message>
    <message>
        <source>Existing values that will be replaced (the old .env is backed up): %1</source>
        <translation>Vorhandene Werte, die ersetzt werden (die alte .env wird gesichert): %1</translation>
    </message>
    <message>
        <source>Lines to add to .gitignore:</source>
        <translation>Zeilen, die zu .gitignore hinzugefügt werden:</translation>
    </message>
    <message>
        <source>%1 is a symbolic link. Nothing was written. Run again with --follow-symlink to write to the file it points to, or remove the link.</source>
        <translation>%1 ist ein symbolischer Link. Nichts wurde geschrieben. Starten Sie erneut mit --follow-symlink, um in die Datei zu schreiben, auf die er zeigt, oder entfernen Sie den Link.</translation>
    </message>
    <message>
        <source>Nothing was written: confirmation needed. Run again with --yes to apply without asking.</source>
        <translation>Nichts wurde geschrieben: Bestätigung nötig. Starten Sie erneut mit --yes, um ohne Rückfrage anzuwenden.</translation>
    </message>
    <message>
        <source>Apply these changes?</source>
        <translation>Diese Änderungen anwenden?</translation>
    </message>
    <message>
        <source>Cancelled; nothing was written.</source>
        <translation>Abgebrochen; nichts wurde geschrieben.</translation>
    </message>
    <message>
        <source>To do: %1 still need a value from you (left empty in %2). Set them with your editor or run the wizard: envsmith %3</source>
        <translation>Zu tun: %1 brauchen noch einen Wert von Ihnen (in %2 leer gelassen). Setzen Sie sie im Editor oder starten Sie den Assistenten: envsmith %3</translation>
    </message>
    <message>
        <source>Setup failed: %1 was not written.</source>
        <translation>Einrichtung fehlgeschlagen: %1 wurde nicht geschrieben.</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>Setup is incomplete: %1 was written, but another step failed (see above).</source>
        <translation>Die Einrichtung ist unvollständig: %1 wurde geschrieben, aber ein anderer Schritt ist fehlgeschlagen (siehe oben).</translation>
    </message>
    <message>
        <source>To set up without the keychain, run setup again with --no-keychain (the values then live only in %1).</source>
        <translation>Um ohne Schlüsselbund einzurichten, führen Sie setup erneut mit --no-keychain aus (die Werte stehen dann nur in %1).</translation>
    </message>
</context>
<context>
    <name>SetupPlan</name>
    <message>
        <source>%1 is not a variable of the template.</source>
        <translation>%1 ist keine Variable der Vorlage.</translation>
    </message>
    <message>
        <source>%1 is a key issued by an outside service; it cannot be generated. Enter it instead.</source>
        <translation>%1 ist ein Schlüssel eines externen Dienstes; er kann nicht erzeugt werden. Geben Sie ihn stattdessen ein.</translation>
    </message>
    <message>
        <source>%1 is built from %2; regenerate %2 instead.</source>
        <translation>%1 wird aus %2 gebildet; erzeugen Sie stattdessen %2 neu.</translation>
    </message>
    <message>
        <source>%1 is plain configuration, not a secret; enter a value instead.</source>
        <translation>%1 ist einfache Konfiguration, kein Geheimnis; geben Sie stattdessen einen Wert ein.</translation>
    </message>
    <message>
        <source>%1 has no value in the existing .env to keep.</source>
        <translation>%1 hat in der vorhandenen .env keinen Wert, der behalten werden könnte.</translation>
    </message>
    <message>
        <source>Added by Envsmith from %1</source>
        <translation>Von Envsmith aus %1 hinzugefügt</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>SetupPlanner</name>
    <message>
        <source>No template in %1: Envsmith looks for .env.example, .env.sample, .env.template or .env.dist. Choose the folder that has one, or add a .env.example with one KEY=value line per variable.</source>
        <translation>Keine Vorlage in %1: Envsmith sucht nach .env.example, .env.sample, .env.template oder .env.dist. Wählen Sie den Ordner, der eine hat, oder legen Sie eine .env.example mit einer Zeile KEY=value je Variable an.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file. Move it away, then run Envsmith again.</source>
        <translation>%1 ist ein Ordner, keine Datei. Verschieben Sie ihn und starten Sie Envsmith erneut.</translation>
    </message>
    <message>
        <source>Cannot read %1 (%2). Check its permissions; nothing was changed.</source>
        <translation>%1 kann nicht gelesen werden (%2). Prüfen Sie die Zugriffsrechte; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>%1 cannot be read as a dotenv file: %2. Nothing was changed: fix that line (or move the file away), then run Envsmith again.</source>
        <translation>%1 kann nicht als dotenv-Datei gelesen werden: %2. Nichts wurde geändert: Korrigieren Sie diese Zeile (oder verschieben Sie die Datei) und starten Sie Envsmith erneut.</translation>
    </message>
    <message>
        <source>The template %1 has %2 variables; Envsmith handles at most %3. Split it, or check that it is really a .env template.</source>
        <translation>Die Vorlage %1 hat %2 Variablen; Envsmith verarbeitet höchstens %3. Teilen Sie sie auf oder prüfen Sie, ob es wirklich eine .env-Vorlage ist.</translation>
    </message>
    <message>
        <source>%1 is not a regular file (a pipe, socket or device). Move it away, then run Envsmith again.</source>
        <translation>%1 ist keine reguläre Datei (eine Pipe, ein Socket oder ein Gerät). Verschieben Sie es und starten Sie Envsmith erneut.</translation>
    </message>
</context>
<context>
    <name>SetupRunner</name>
    <message>
        <source>Make git ignore %1 and its siblings</source>
        <translation>git %1 und verwandte Dateien ignorieren lassen</translation>
    </message>
    <message>
        <source>Write %1 (mode 0600)</source>
        <translation>%1 schreiben (Rechte 0600)</translation>
    </message>
    <message>
        <source>Store the values in the OS keychain</source>
        <translation>Die Werte im Schlüsselbund des Systems speichern</translation>
    </message>
    <message>
        <source>Check the repository&apos;s hygiene</source>
        <translation>Die Hygiene des Repositorys prüfen</translation>
    </message>
    <message>
        <source>the new file would not read back (%1)</source>
        <translation>die neue Datei ließe sich nicht zurücklesen (%1)</translation>
    </message>
    <message>
        <source>%1 would not read back as planned</source>
        <translation>%1 ließe sich nicht wie geplant zurücklesen</translation>
    </message>
    <message>
        <source>git already ignores the env files.</source>
        <translation>git ignoriert die env-Dateien bereits.</translation>
    </message>
    <message>
        <source>Added to .gitignore: %1</source>
        <translation>Zu .gitignore hinzugefügt: %1</translation>
    </message>
    <message>
        <source>%1 is a symbolic link. Nothing was written. Confirm that Envsmith may write to the file it points to (in the wizard, or with --follow-symlink).</source>
        <translation>%1 ist ein symbolischer Link. Nichts wurde geschrieben. Bestätigen Sie, dass Envsmith in die Datei schreiben darf, auf die er zeigt (im Assistenten oder mit --follow-symlink).</translation>
    </message>
    <message>
        <source>Nothing was written: %1. Please report this as a bug.</source>
        <translation>Nichts wurde geschrieben: %1. Bitte melden Sie dies als Fehler.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 with %n variable(s), readable only by you.</source>
        <translation>
            <numerusform>%1 mit %n Variable geschrieben, nur für Sie lesbar.</numerusform>
            <numerusform>%1 mit %n Variablen geschrieben, nur für Sie lesbar.</numerusform>
        </translation>
    </message>
    <message>
        <source>The previous file is kept as %1.</source>
        <translation>Die bisherige Datei wird als %1 aufbewahrt.</translation>
    </message>
    <message>
        <source>%1 Nothing was stored anywhere else.</source>
        <translation>%1 Nichts wurde anderswo gespeichert.</translation>
    </message>
    <message numerus="yes">
        <source>Stored %n value(s) under the service %1.</source>
        <translation>
            <numerusform>%n Wert unter dem Dienst %1 gespeichert.</numerusform>
            <numerusform>%n Werte unter dem Dienst %1 gespeichert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stored %n value(s), but the list of stored names could not be saved: %1</source>
        <translation>
            <numerusform>%n Wert gespeichert, aber die Liste der gespeicherten Namen konnte nicht gesichert werden: %1</numerusform>
            <numerusform>%n Werte gespeichert, aber die Liste der gespeicherten Namen konnte nicht gesichert werden: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not store %1: %2</source>
        <translation>%1 konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Some checks failed; see the report.</source>
        <translation>Einige Prüfungen sind fehlgeschlagen; siehe Bericht.</translation>
    </message>
    <message>
        <source>All checks passed.</source>
        <translation>Alle Prüfungen bestanden.</translation>
    </message>
    <message>
        <source>%1 was not written, because git would not ignore it. Fix .gitignore (see the step above), then run Envsmith again.</source>
        <translation>%1 wurde nicht geschrieben, weil git die Datei nicht ignorieren würde. Korrigieren Sie .gitignore (siehe den Schritt oben) und starten Sie Envsmith erneut.</translation>
    </message>
    <message>
        <source>%1 is tracked by git, so new secrets in it would go into the next commit. Nothing was written. Untrack it first (git rm --cached %1, or the report&apos;s fix), rotate any secret it already held, then run Envsmith again.</source>
        <translation>%1 wird von git verfolgt, daher kämen neue Geheimnisse darin in den nächsten Commit. Nichts wurde geschrieben. Beenden Sie zuerst die Verfolgung (git rm --cached %1 oder die Behebung im Bericht), rotieren Sie alle Geheimnisse, die die Datei schon enthielt, und starten Sie Envsmith dann erneut.</translation>
    </message>
    <message>
        <source>%1 already held these values; it is readable only by you.</source>
        <translation>%1 enthielt diese Werte bereits; die Datei ist nur für Sie lesbar.</translation>
    </message>
    <message>
        <source>The checks ran; see the report.</source>
        <translation>Die Prüfungen liefen; siehe Bericht.</translation>
    </message>
    <message>
        <source>An earlier step failed: see its message above.</source>
        <translation>Ein früherer Schritt ist fehlgeschlagen: siehe seine Meldung oben.</translation>
    </message>
    <message>
        <source>Some checks could not be done; see the report.</source>
        <translation>Einige Prüfungen konnten nicht durchgeführt werden; siehe Bericht.</translation>
    </message>
    <message>
        <source>No problem of severity error, but some warnings; see the report.</source>
        <translation>Kein Problem mit Schweregrad error, aber einige Warnungen; siehe Bericht.</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>Envsmith: set up local secrets</source>
        <translation>Envsmith: lokale Geheimnisse einrichten</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Fertigstellen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>E&amp;instellungen…</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
</context>
<context>
    <name>SpaceCharacterCheck</name>
    <message>
        <source>The line has spaces around equal sign</source>
        <translation>Die Zeile hat Leerzeichen um das Gleichheitszeichen</translation>
    </message>
    <message>
        <source>Remove the spaces before and after = in the assignment of %1</source>
        <translation>Entfernen Sie die Leerzeichen vor und nach dem = in der Zuweisung von %1</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>What do you want to do?</source>
        <translation>Was möchten Sie tun?</translation>
    </message>
    <message>
        <source>&amp;Onboard this repository: generate my secrets, write .env and store them in the keychain</source>
        <translation>Dieses Repository &amp;einrichten: meine Geheimnisse erzeugen, .env schreiben und im Schlüsselbund speichern</translation>
    </message>
    <message>
        <source>Onboard this repository</source>
        <translation>Dieses Repository einrichten</translation>
    </message>
    <message>
        <source>&amp;Check hygiene only: see whether git ignores .env and nothing leaks</source>
        <translation>Nur Hygiene &amp;prüfen: sehen, ob git .env ignoriert und nichts nach außen gelangt</translation>
    </message>
    <message>
        <source>Check hygiene only</source>
        <translation>Nur Hygiene prüfen</translation>
    </message>
    <message>
        <source>Regenerate secrets</source>
        <translation>Geheimnisse neu erzeugen</translation>
    </message>
    <message>
        <source>Repository &amp;folder:</source>
        <translation>Repository-&amp;Ordner:</translation>
    </message>
    <message>
        <source>Repository folder</source>
        <translation>Repository-Ordner</translation>
    </message>
    <message>
        <source>The folder of the repository that has a .env.example</source>
        <translation>Der Ordner des Repositorys mit einer .env.example</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen …</translation>
    </message>
    <message>
        <source>Browse for the repository folder</source>
        <translation>Den Repository-Ordner suchen</translation>
    </message>
    <message>
        <source>Folder status</source>
        <translation>Zustand des Ordners</translation>
    </message>
    <message>
        <source>Problem with this folder</source>
        <translation>Problem mit diesem Ordner</translation>
    </message>
    <message>
        <source>Set up this repository&apos;s secrets</source>
        <translation>Die Geheimnisse dieses Repositorys einrichten</translation>
    </message>
    <message>
        <source>Envsmith reads the repository&apos;s .env.example, generates your own secrets, writes .env and makes sure git ignores it.</source>
        <translation>Envsmith liest die .env.example des Repositorys, erzeugt Ihre eigenen Geheimnisse, schreibt .env und sorgt dafür, dass git sie ignoriert.</translation>
    </message>
    <message>
        <source>Choose the repository folder</source>
        <translation>Repository-Ordner wählen</translation>
    </message>
    <message>
        <source>Choose the repository&apos;s folder: the one with the .env.example file.</source>
        <translation>Wählen Sie den Ordner des Repositorys: den mit der Datei .env.example.</translation>
    </message>
    <message>
        <source>Template found: %1</source>
        <translation>Vorlage gefunden: %1</translation>
    </message>
    <message>
        <source>No .env.example, .env.sample, .env.template or .env.dist in this folder. Choose the folder of a repository that has one, or choose &quot;Check hygiene only&quot;.</source>
        <translation>Keine .env.example, .env.sample, .env.template oder .env.dist in diesem Ordner. Wählen Sie den Ordner eines Repositorys, das eine hat, oder wählen Sie „Nur Hygiene prüfen“.</translation>
    </message>
    <message>
        <source>This folder is not a git repository: the git checks will be skipped.</source>
        <translation>Dieser Ordner ist kein git-Repository: Die git-Prüfungen werden übersprungen.</translation>
    </message>
    <message>
        <source>&amp;Sync team-shared values from a vault export (Bitwarden, 1Password)</source>
        <translation>Team-Werte aus einem Tresor-Export &amp;abgleichen (Bitwarden, 1Password)</translation>
    </message>
    <message>
        <source>Sync from a team vault export</source>
        <translation>Aus einem Team-Tresor-Export abgleichen</translation>
    </message>
    <message>
        <source>&amp;Regenerate secrets: new values for secrets in my .env and the keychain, or finish a staged rotation</source>
        <translation>Geheimnisse &amp;neu erzeugen: neue Werte in meiner .env und im Schlüsselbund, oder eine gestufte Rotation abschließen</translation>
    </message>
    <message>
        <source>%1 is not a readable file (a folder, or a link to nothing). Make it the template file, or remove it.</source>
        <translation>%1 ist keine lesbare Datei (ein Ordner oder ein Verweis ins Leere). Machen Sie daraus die Vorlagendatei oder entfernen Sie es.</translation>
    </message>
    <message>
        <source>There is no %1 yet, so there is nothing to regenerate: choose &quot;Onboard&quot; first.</source>
        <translation>Es gibt noch keine %1, also nichts neu zu erzeugen: wählen Sie zuerst „Einrichten“.</translation>
    </message>
    <message>
        <source>There is no %1 yet: choose &quot;Onboard&quot; first (it makes git ignore the file), then sync the team&apos;s values into it.</source>
        <translation>Es gibt noch keine %1: wählen Sie zuerst „Einrichten“ (damit git die Datei ignoriert) und gleichen Sie dann die Team-Werte ab.</translation>
    </message>
</context>
<context>
    <name>StrengthEstimate</name>
    <message>
        <source>%1 is easy to guess (zxcvbn score %2 of 4, about %3 bits). If you chose it, use a long random value instead (envsmith generate base64url(32)).</source>
        <translation>%1 ist leicht zu erraten (zxcvbn-Wertung %2 von 4, etwa %3 Bit). Wenn Sie den Wert selbst gewählt haben, verwenden Sie stattdessen einen langen Zufallswert (envsmith generate base64url(32)).</translation>
    </message>
    <message>
        <source>%1 is %2 characters long; a secret should have at least 32. Use a longer value if the service accepts one.</source>
        <translation>%1 ist %2 Zeichen lang; ein Geheimnis sollte mindestens 32 haben. Verwenden Sie einen längeren Wert, wenn der Dienst einen akzeptiert.</translation>
    </message>
</context>
<context>
    <name>SubstitutionKeyCheck</name>
    <message>
        <source>The %1 key is not assigned properly</source>
        <translation>Der Schlüssel %1 ist nicht richtig zugewiesen</translation>
    </message>
    <message>
        <source>Write references as ${NAME} with a name of letters, digits and underscores, and close every brace</source>
        <translation>Schreiben Sie Verweise als ${NAME} mit einem Namen aus Buchstaben, Ziffern und Unterstrichen, und schließen Sie jede Klammer</translation>
    </message>
</context>
<context>
    <name>SyncAction</name>
    <message>
        <source>add</source>
        <translation>hinzufügen</translation>
    </message>
    <message>
        <source>update</source>
        <translation>aktualisieren</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <source>vault only</source>
        <translation>nur im Tresor</translation>
    </message>
    <message>
        <source>local only</source>
        <translation>nur lokal</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <source>unresolved</source>
        <translation>ungelöst</translation>
    </message>
</context>
<context>
    <name>SyncCommand</name>
    <message>
        <source>%1 holds every secret of the export in plain text. Delete it now?</source>
        <translation>%1 enthält jedes Geheimnis des Exports im Klartext. Jetzt löschen?</translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation>%1 gelöscht.</translation>
    </message>
    <message>
        <source>Could not delete %1; delete it yourself, it holds every secret of the export in plain text.</source>
        <translation>%1 konnte nicht gelöscht werden; löschen Sie die Datei selbst, sie enthält jedes Geheimnis des Exports im Klartext.</translation>
    </message>
    <message>
        <source>%1 holds every secret of the export in plain text: delete it when you are done (or pass --delete-export).</source>
        <translation>%1 enthält jedes Geheimnis des Exports im Klartext: Löschen Sie die Datei, wenn Sie fertig sind (oder übergeben Sie --delete-export).</translation>
    </message>
    <message>
        <source>envsmith sync: --take-vault %1: %2</source>
        <translation>envsmith sync: --take-vault %1: %2</translation>
    </message>
    <message>
        <source>Sync from %1 (%2) into %3; values are never shown:</source>
        <translation>Abgleich von %1 (%2) in %3; Werte werden nie angezeigt:</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n variable(s) could not be matched and are left as they are:</source>
        <translation>
            <numerusform>%n Variable konnte nicht zugeordnet werden und bleibt, wie sie ist:</numerusform>
            <numerusform>%n Variablen konnten nicht zugeordnet werden und bleiben, wie sie sind:</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is kept as it is in %2; to take the vault&apos;s value run again with --take-vault %1.</source>
        <translation>%1 bleibt in %2, wie es ist; um den Wert aus dem Tresor zu übernehmen, starten Sie erneut mit --take-vault %1.</translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>Probelauf: Nichts wurde geschrieben.</translation>
    </message>
    <message>
        <source>Nothing to change in %1.</source>
        <translation>In %1 gibt es nichts zu ändern.</translation>
    </message>
    <message>
        <source>Nothing was changed: confirmation needed. Run again with --yes to apply without asking.</source>
        <translation>Nichts wurde geändert: Bestätigung nötig. Starten Sie erneut mit --yes, um ohne Rückfrage anzuwenden.</translation>
    </message>
    <message>
        <source>Write these values to %1 and the keychain?</source>
        <translation>Diese Werte in %1 und in den Schlüsselbund schreiben?</translation>
    </message>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation>Abgebrochen; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Sync failed: %1 was not changed.</source>
        <translation>Abgleich fehlgeschlagen: %1 wurde nicht geändert.</translation>
    </message>
    <message>
        <source>The keychain step failed (see above); %1 was not changed.</source>
        <translation>Der Schritt für den Schlüsselbund ist fehlgeschlagen (siehe oben); %1 wurde nicht geändert.</translation>
    </message>
    <message>
        <source>Sync is incomplete: %1 holds the synced values, but the keychain step failed (see above).</source>
        <translation>Abgleich unvollständig: %1 enthält die abgeglichenen Werte, aber der Schritt für den Schlüsselbund ist fehlgeschlagen (siehe oben).</translation>
    </message>
    <message numerus="yes">
        <source>Sync is incomplete: %n variable(s) left for you (%1); see above for how to resolve each (exit code 4).</source>
        <translation>
            <numerusform>Abgleich unvollständig: %n Variable bleibt für Sie offen (%1); wie sie jeweils zu lösen ist, steht oben (Exit-Code 4).</numerusform>
            <numerusform>Abgleich unvollständig: %n Variablen bleiben für Sie offen (%1); wie sie jeweils zu lösen sind, steht oben (Exit-Code 4).</numerusform>
        </translation>
    </message>
    <message>
        <source>  envsmith sync --from FILE [--repo DIR] [--password-stdin | --password-file F] [--scope NAME]
                [--dry-run] [--yes] [--no-keychain] [--take-vault VAR]... [--delete-export]
                [--format text|json]
                           Fill team-shared variables from a vault export (Bitwarden JSON or CSV,
                           1Password 1PUX, 1PIF or CSV). A variable is matched by its op:// reference,
                           by &apos;# @vault=&lt;item&gt;[/&lt;field&gt;]&apos; above it in the template, by a field named
                           like it inside --scope (a folder, collection, vault or tag; default: the
                           whole export), or by an item titled like it. Shows add / update /
                           unchanged / conflict / vault-only / local-only per variable (never a value),
                           then writes .env and the keychain after confirmation. Generated secrets
                           are never overwritten; ambiguous matches are listed, never guessed. The
                           password is read from stdin, a file or a hidden prompt, never argv.
                           Exit code 4 when a variable is left unresolved or a conflict is kept (a
                           dry run exits 0; its JSON lists them under &quot;open&quot;); 3 when the export
                           or the password file cannot be read. With --format json a failure also
                           prints {&quot;error&quot;: &quot;...&quot;} on stdout.
</source>
        <translation>  envsmith sync --from FILE [--repo DIR] [--password-stdin | --password-file F] [--scope NAME]
                [--dry-run] [--yes] [--no-keychain] [--take-vault VAR]... [--delete-export]
                [--format text|json]
                           Füllt vom Team geteilte Variablen aus einem Tresor-Export (Bitwarden JSON
                           oder CSV, 1Password 1PUX, 1PIF oder CSV). Eine Variable wird zugeordnet
                           über ihre op://-Referenz, über eine Zeile „# @vault=&lt;item&gt;[/&lt;field&gt;]“
                           direkt darüber in der Vorlage, über ein gleichnamiges Feld innerhalb
                           von --scope (ein Ordner, eine Sammlung, ein Tresor oder ein Tag;
                           Standard: der ganze Export) oder über einen gleichnamigen Eintrag.
                           Zeigt je Variable add / update / unchanged / conflict / vault-only /
                           local-only (nie einen Wert) und schreibt nach Bestätigung .env und den
                           Schlüsselbund. Erzeugte Geheimnisse werden nie überschrieben;
                           mehrdeutige Zuordnungen werden aufgeführt, nie geraten. Das Passwort
                           wird von stdin, aus einer Datei oder über eine verdeckte Eingabe
                           gelesen, nie aus argv.
                           Exit-Code 4, wenn eine Variable ungelöst bleibt oder ein Konflikt
                           beibehalten wird (ein Probelauf endet mit 0; sein JSON führt sie unter
                           &quot;open&quot; auf); 3, wenn der Export oder die Passwortdatei nicht gelesen
                           werden kann. Mit --format json gibt ein Fehler außerdem
                           {&quot;error&quot;: &quot;...&quot;} auf stdout aus.
</translation>
    </message>
    <message>
        <source>envsmith sync: %1 needs a value. See &apos;envsmith --help&apos;.</source>
        <translation>envsmith sync: %1 braucht einen Wert. Siehe „envsmith --help“.</translation>
    </message>
    <message>
        <source>envsmith sync: a password is never taken from the command line (other users can read it there). Use --password-stdin, --password-file F, or type it at the prompt.</source>
        <translation>envsmith sync: Ein Passwort wird nie von der Befehlszeile übernommen (andere Benutzer können es dort lesen). Verwenden Sie --password-stdin oder --password-file F, oder geben Sie es bei der Abfrage ein.</translation>
    </message>
    <message>
        <source>envsmith sync: %1 takes no value.</source>
        <translation>envsmith sync: %1 nimmt keinen Wert.</translation>
    </message>
    <message>
        <source>envsmith sync: unexpected argument at position %1; name the export with --from FILE. See &apos;envsmith --help&apos;.</source>
        <translation>envsmith sync: Unerwartetes Argument an Position %1; nennen Sie den Export mit --from FILE. Siehe „envsmith --help“.</translation>
    </message>
    <message>
        <source>envsmith sync: name the export with --from FILE (a Bitwarden JSON or CSV export, or a 1Password 1PUX, 1PIF or CSV export).</source>
        <translation>envsmith sync: Nennen Sie den Export mit --from FILE (ein JSON- oder CSV-Export von Bitwarden oder ein 1PUX-, 1PIF- oder CSV-Export von 1Password).</translation>
    </message>
    <message>
        <source>envsmith sync: give the password one way: --password-stdin or --password-file, not both.</source>
        <translation>envsmith sync: Geben Sie das Passwort auf einem Weg an: --password-stdin oder --password-file, nicht beides.</translation>
    </message>
    <message>
        <source>The password in %1 is longer than %2 bytes.</source>
        <translation>Das Passwort in %1 ist länger als %2 Bytes.</translation>
    </message>
    <message>
        <source>Cannot read standard input: %1</source>
        <translation>Die Standardeingabe kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>der Standardeingabe</translation>
    </message>
    <message>
        <source>The password file %1 does not exist. Check the path given to --password-file.</source>
        <translation>Die Passwortdatei %1 existiert nicht. Prüfen Sie den bei --password-file angegebenen Pfad.</translation>
    </message>
    <message>
        <source>The password file %1 is a folder. Give --password-file the file that holds the password.</source>
        <translation>Die Passwortdatei %1 ist ein Ordner. Geben Sie bei --password-file die Datei an, die das Passwort enthält.</translation>
    </message>
    <message>
        <source>Cannot read the password file %1: %2. Check its permissions.</source>
        <translation>Die Passwortdatei %1 kann nicht gelesen werden: %2. Prüfen Sie die Zugriffsrechte.</translation>
    </message>
    <message>
        <source>%1 is password-protected. Give the password with --password-stdin or --password-file F (never on the command line).</source>
        <translation>%1 ist passwortgeschützt. Geben Sie das Passwort mit --password-stdin oder --password-file F an (nie auf der Befehlszeile).</translation>
    </message>
    <message>
        <source>Password of %1: </source>
        <translation>Passwort von %1: </translation>
    </message>
</context>
<context>
    <name>SyncPlan</name>
    <message>
        <source>a per-developer generated secret: a sync never overwrites it (the vault&apos;s entry is ignored)</source>
        <translation>ein pro Entwickler erzeugtes Geheimnis: Ein Abgleich überschreibt es nie (der Eintrag im Tresor wird ignoriert)</translation>
    </message>
    <message>
        <source>a per-developer generated secret: a sync never overwrites it</source>
        <translation>ein pro Entwickler erzeugtes Geheimnis: Ein Abgleich überschreibt es nie</translation>
    </message>
    <message>
        <source>not in the vault; left as it is</source>
        <translation>nicht im Tresor; bleibt, wie es ist</translation>
    </message>
    <message>
        <source>the vault&apos;s entry is empty; left as it is</source>
        <translation>der Eintrag im Tresor ist leer; bleibt, wie es ist</translation>
    </message>
    <message>
        <source>not set in .env yet</source>
        <translation>noch nicht in .env gesetzt</translation>
    </message>
    <message>
        <source>.env already holds the vault&apos;s value</source>
        <translation>.env enthält bereits den Wert aus dem Tresor</translation>
    </message>
    <message>
        <source>the vault&apos;s value changed since the last sync; .env was not edited since</source>
        <translation>der Wert im Tresor hat sich seit dem letzten Abgleich geändert; .env wurde seitdem nicht bearbeitet</translation>
    </message>
    <message>
        <source>.env was edited since the last sync and differs from the vault; kept unless you take the vault&apos;s value</source>
        <translation>.env wurde seit dem letzten Abgleich bearbeitet und weicht vom Tresor ab; bleibt erhalten, sofern Sie nicht den Wert aus dem Tresor übernehmen</translation>
    </message>
    <message>
        <source>.env differs from the vault and no earlier sync wrote it; kept unless you take the vault&apos;s value</source>
        <translation>.env weicht vom Tresor ab, und kein früherer Abgleich hat den Wert geschrieben; bleibt erhalten, sofern Sie nicht den Wert aus dem Tresor übernehmen</translation>
    </message>
    <message>
        <source>%1 is not a conflict of this sync; only conflicts can be resolved.</source>
        <translation>%1 ist kein Konflikt dieses Abgleichs; nur Konflikte können aufgelöst werden.</translation>
    </message>
    <message>
        <source>%1 has no choice of vault entries to make.</source>
        <translation>Für %1 gibt es keine Auswahl zwischen Tresor-Einträgen.</translation>
    </message>
    <message>
        <source>%1 has %2 candidate entries; choose 1 to %2.</source>
        <translation>%1 hat %2 mögliche Einträge; wählen Sie 1 bis %2.</translation>
    </message>
    <message>
        <source>(chosen by you)</source>
        <translation>(von Ihnen gewählt)</translation>
    </message>
    <message>
        <source>%1 is not a variable of this sync.</source>
        <translation>%1 ist keine Variable dieses Abgleichs.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the new file would not read back (%1)</source>
        <translation>die neue Datei ließe sich nicht zurücklesen (%1)</translation>
    </message>
    <message>
        <source>%1 would not read back as planned</source>
        <translation>%1 ließe sich nicht wie geplant zurücklesen</translation>
    </message>
    <message>
        <source>%1 would change although the sync does not touch it</source>
        <translation>%1 würde sich ändern, obwohl der Abgleich es nicht berührt</translation>
    </message>
    <message>
        <source>&lt;- %1 (%2)</source>
        <translation>&lt;- %1 (%2)</translation>
    </message>
    <message>
        <source>the vault&apos;s value will replace .env&apos;s</source>
        <translation>der Wert aus dem Tresor ersetzt den in .env</translation>
    </message>
</context>
<context>
    <name>SyncPlanner</name>
    <message>
        <source>%1 is tracked by git, so synced secrets would go into the next commit. Nothing was changed. Untrack it first (git rm --cached %1), then sync again.</source>
        <translation>%1 wird von git verfolgt, daher kämen abgeglichene Geheimnisse in den nächsten Commit. Nichts wurde geändert. Beenden Sie zuerst die Verfolgung (git rm --cached %1) und gleichen Sie dann erneut ab.</translation>
    </message>
    <message>
        <source>git does not ignore %1, so synced secrets could be committed. Nothing was changed. Run envsmith setup (it makes git ignore the env files), then sync again.</source>
        <translation>git ignoriert %1 nicht, daher könnten abgeglichene Geheimnisse committet werden. Nichts wurde geändert. Führen Sie envsmith setup aus (damit ignoriert git die env-Dateien) und gleichen Sie dann erneut ab.</translation>
    </message>
    <message>
        <source>No template (.env.example) in %1: the template lists the variables a sync may fill.</source>
        <translation>Keine Vorlage (.env.example) in %1: Die Vorlage führt die Variablen auf, die ein Abgleich füllen darf.</translation>
    </message>
    <message>
        <source>%1 is a symbolic link; sync does not write through links. Replace the link by the file, then sync again.</source>
        <translation>%1 ist ein symbolischer Link; sync schreibt nicht über Links. Ersetzen Sie den Link durch die Datei und gleichen Sie dann erneut ab.</translation>
    </message>
    <message>
        <source>%1 does not exist yet. Run envsmith setup first (it writes %2 and makes git ignore it), then sync.</source>
        <translation>%1 existiert noch nicht. Führen Sie zuerst envsmith setup aus (es schreibt %2 und lässt git die Datei ignorieren) und gleichen Sie dann ab.</translation>
    </message>
    <message>
        <source>Cannot read %1 (%2). Check that it is a file you may read; nothing was changed.</source>
        <translation>%1 kann nicht gelesen werden (%2). Prüfen Sie, ob es eine Datei ist, die Sie lesen dürfen; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>%1 cannot be read as a dotenv file: %2. Fix that line, then sync again.</source>
        <translation>%1 kann nicht als dotenv-Datei gelesen werden: %2. Korrigieren Sie diese Zeile und gleichen Sie dann erneut ab.</translation>
    </message>
    <message>
        <source>Without the keychain Envsmith cannot read what the last sync wrote, so every value that differs from the vault is shown as a conflict.</source>
        <translation>Ohne den Schlüsselbund kann Envsmith nicht lesen, was der letzte Abgleich geschrieben hat, daher wird jeder Wert, der vom Tresor abweicht, als Konflikt angezeigt.</translation>
    </message>
    <message>
        <source>%1 Without it Envsmith cannot read what the last sync wrote, so every value that differs from the vault is shown as a conflict.</source>
        <translation>%1 Ohne ihn kann Envsmith nicht lesen, was der letzte Abgleich geschrieben hat, daher wird jeder Wert, der vom Tresor abweicht, als Konflikt angezeigt.</translation>
    </message>
    <message>
        <source>The key of the last sync&apos;s record is not in the keychain, so every value that differs from the vault is shown as a conflict.</source>
        <translation>Der Schlüssel des Protokolls des letzten Abgleichs ist nicht im Schlüsselbund, daher wird jeder Wert, der vom Tresor abweicht, als Konflikt angezeigt.</translation>
    </message>
    <message>
        <source>not a variable of the template, so not written; add it to the template to sync it</source>
        <translation>keine Variable der Vorlage, daher nicht geschrieben; nehmen Sie sie in die Vorlage auf, um sie abzugleichen</translation>
    </message>
</context>
<context>
    <name>SyncRunner</name>
    <message>
        <source>Write %1 (mode 0600)</source>
        <translation>%1 schreiben (Rechte 0600)</translation>
    </message>
    <message>
        <source>Store the synced values in the OS keychain</source>
        <translation>Die abgeglichenen Werte im Schlüsselbund des Systems speichern</translation>
    </message>
    <message>
        <source>Nothing was written, so %1 and the keychain stay in step.</source>
        <translation>Nichts wurde geschrieben, daher bleiben %1 und der Schlüsselbund im Einklang.</translation>
    </message>
    <message>
        <source>%1 already holds every value the sync would write.</source>
        <translation>%1 enthält bereits jeden Wert, den der Abgleich schreiben würde.</translation>
    </message>
    <message>
        <source>Nothing was written: %1. Please report this as a bug.</source>
        <translation>Nichts wurde geschrieben: %1. Bitte melden Sie dies als Fehler.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n synced value(s) to %1.</source>
        <translation>
            <numerusform>%n abgeglichener Wert in %1 geschrieben.</numerusform>
            <numerusform>%n abgeglichene Werte in %1 geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <source>The previous file is kept as %1.</source>
        <translation>Die bisherige Datei wird als %1 aufbewahrt.</translation>
    </message>
    <message>
        <source>Not asked to use the keychain (--no-keychain); what this sync wrote is not recorded, so the next sync shows local differences as conflicts.</source>
        <translation>Der Schlüsselbund wurde nicht verwendet (--no-keychain); was dieser Abgleich geschrieben hat, wird nicht festgehalten, daher zeigt der nächste Abgleich lokale Abweichungen als Konflikte.</translation>
    </message>
    <message numerus="yes">
        <source>Stored %n value(s) under the service %1 and recorded this sync.</source>
        <translation>
            <numerusform>%n Wert unter dem Dienst %1 gespeichert und dieser Abgleich festgehalten.</numerusform>
            <numerusform>%n Werte unter dem Dienst %1 gespeichert und dieser Abgleich festgehalten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not store %1 in the keychain: %2. %3 already holds the synced values; run envsmith setup --yes to store them.</source>
        <translation>%1 konnte nicht im Schlüsselbund gespeichert werden: %2. %3 enthält bereits die abgeglichenen Werte; führen Sie envsmith setup --yes aus, um sie zu speichern.</translation>
    </message>
    <message numerus="yes">
        <source>Stored %n value(s), but the record of this sync could not be saved: %1</source>
        <translation>
            <numerusform>%n Wert gespeichert, aber das Protokoll dieses Abgleichs konnte nicht gesichert werden: %1</numerusform>
            <numerusform>%n Werte gespeichert, aber das Protokoll dieses Abgleichs konnte nicht gesichert werden: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncState</name>
    <message>
        <source>Cannot read the vault sync record %1 (%2). Check its permissions.</source>
        <translation>Das Tresor-Abgleichsprotokoll %1 kann nicht gelesen werden (%2). Prüfen Sie die Zugriffsrechte.</translation>
    </message>
    <message>
        <source>The vault sync record %1 is damaged or from a newer Envsmith. Move it away; the next sync then treats every differing local value as a conflict once.</source>
        <translation>Das Tresor-Abgleichsprotokoll %1 ist beschädigt oder stammt von einem neueren Envsmith. Verschieben Sie es; der nächste Abgleich behandelt dann jeden abweichenden lokalen Wert einmalig als Konflikt.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the vault sync record. Check its permissions.</source>
        <translation>Der Ordner %1 für das Tresor-Abgleichsprotokoll kann nicht angelegt werden. Prüfen Sie die Zugriffsrechte.</translation>
    </message>
</context>
<context>
    <name>TeamVaultPage</name>
    <message>
        <source>&amp;Export file:</source>
        <translation>&amp;Exportdatei:</translation>
    </message>
    <message>
        <source>Export file</source>
        <translation>Exportdatei</translation>
    </message>
    <message>
        <source>Bitwarden .json or .csv, 1Password .1pux, .1pif or .csv</source>
        <translation>Bitwarden .json oder .csv, 1Password .1pux, .1pif oder .csv</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Browse for the export file</source>
        <translation>Nach der Exportdatei suchen</translation>
    </message>
    <message>
        <source>Export &amp;password:</source>
        <translation>Export-&amp;Passwort:</translation>
    </message>
    <message>
        <source>Export password</source>
        <translation>Export-Passwort</translation>
    </message>
    <message>
        <source>only for a password-protected Bitwarden export</source>
        <translation>nur für einen passwortgeschützten Bitwarden-Export</translation>
    </message>
    <message>
        <source>&amp;Read export</source>
        <translation>Export &amp;lesen</translation>
    </message>
    <message>
        <source>Read the export</source>
        <translation>Den Export lesen</translation>
    </message>
    <message>
        <source>&amp;Match within:</source>
        <translation>&amp;Zuordnen innerhalb von:</translation>
    </message>
    <message>
        <source>Folder, collection, vault or tag to match within</source>
        <translation>Ordner, Sammlung, Tresor oder Tag für die Zuordnung</translation>
    </message>
    <message>
        <source>&amp;Stop reading</source>
        <translation>Lesen a&amp;bbrechen</translation>
    </message>
    <message>
        <source>Stop reading the export</source>
        <translation>Das Lesen des Exports abbrechen</translation>
    </message>
    <message>
        <source>Reading progress</source>
        <translation>Lesefortschritt</translation>
    </message>
    <message>
        <source>What the sync does per variable</source>
        <translation>Was der Abgleich je Variable tut</translation>
    </message>
    <message>
        <source>Tick a conflict with the space bar to take the vault&apos;s value</source>
        <translation>Einen Konflikt mit der Leertaste anhaken, um den Wert aus dem Tresor zu übernehmen</translation>
    </message>
    <message>
        <source>Variable</source>
        <translation>Variable</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>From the vault</source>
        <translation>Aus dem Tresor</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>Also update the &amp;keychain</source>
        <translation>Auch den &amp;Schlüsselbund aktualisieren</translation>
    </message>
    <message>
        <source>Also update the keychain</source>
        <translation>Auch den Schlüsselbund aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Delete the export file afterwards (it holds your team&apos;s secrets in plain text)</source>
        <translation>Die Exportdatei danach &amp;löschen (sie enthält die Geheimnisse Ihres Teams im Klartext)</translation>
    </message>
    <message>
        <source>Delete the export file afterwards</source>
        <translation>Die Exportdatei danach löschen</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Team vault</source>
        <translation>Team-Tresor</translation>
    </message>
    <message>
        <source>Fill team-shared values (a staging API key, a sandbox client secret) from a Bitwarden or 1Password export. Your own generated secrets are never overwritten. Nothing is written until you click Sync.</source>
        <translation>Team-Werte (ein Staging-API-Schlüssel, ein Sandbox-Client-Secret) aus einem Bitwarden- oder 1Password-Export übernehmen. Ihre eigenen erzeugten Geheimnisse werden nie überschrieben. Nichts wird geschrieben, bevor Sie auf Abgleichen klicken.</translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <translation>&amp;Abgleichen</translation>
    </message>
    <message>
        <source>Choose the vault export</source>
        <translation>Den Tresor-Export wählen</translation>
    </message>
    <message>
        <source>Vault exports (*.json *.csv *.1pux *.1pif);;All files (*)</source>
        <translation>Tresor-Exporte (*.json *.csv *.1pux *.1pif);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message>
        <source>Matching…</source>
        <translation>Zuordnen…</translation>
    </message>
    <message>
        <source>The whole export</source>
        <translation>Der ganze Export</translation>
    </message>
    <message numerus="yes">
        <source>Read %1 (%2, %n item(s)).</source>
        <translation>
            <numerusform>%1 gelesen (%2, %n Eintrag).</numerusform>
            <numerusform>%1 gelesen (%2, %n Einträge).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Tick to replace your .env value with the vault&apos;s value.</source>
        <translation>Anhaken, um Ihren .env-Wert durch den Wert aus dem Tresor zu ersetzen.</translation>
    </message>
    <message>
        <source>Vault entry for %1</source>
        <translation>Tresor-Eintrag für %1</translation>
    </message>
    <message numerus="yes">
        <source>Choose one of %n entries…</source>
        <translation>
            <numerusform>Einen von %n Einträgen wählen…</numerusform>
            <numerusform>Einen von %n Einträgen wählen…</numerusform>
        </translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation>Wird geschrieben…</translation>
    </message>
    <message>
        <source>Nothing was changed:</source>
        <translation>Nichts wurde geändert:</translation>
    </message>
    <message>
        <source>Deleted the export %1.</source>
        <translation>Der Export %1 wurde gelöscht.</translation>
    </message>
    <message numerus="yes">
        <source>Synced %n value(s) from the team vault:</source>
        <translation>
            <numerusform>%n Wert aus dem Team-Tresor übernommen:</numerusform>
            <numerusform>%n Werte aus dem Team-Tresor übernommen:</numerusform>
        </translation>
    </message>
    <message>
        <source>Incomplete: .env holds the vault&apos;s values, but a later step failed.</source>
        <translation>Unvollständig: .env enthält die Werte aus dem Tresor, aber ein späterer Schritt ist fehlgeschlagen.</translation>
    </message>
</context>
<context>
    <name>TerminalPrompt</name>
    <message>
        <source>standard input is not a terminal; pipe the value into the command instead</source>
        <translation>die Standardeingabe ist kein Terminal; leiten Sie den Wert stattdessen per Pipe in den Befehl</translation>
    </message>
    <message>
        <source>cannot switch off the terminal&apos;s echo (%1); pipe the value into the command instead</source>
        <translation>das Echo des Terminals lässt sich nicht abschalten (%1); leiten Sie den Wert stattdessen per Pipe in den Befehl</translation>
    </message>
    <message>
        <source>cannot read from the terminal: %1</source>
        <translation>vom Terminal kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>the value is longer than %1 bytes</source>
        <translation>der Wert ist länger als %1 Bytes</translation>
    </message>
</context>
<context>
    <name>TrailingWhitespaceCheck</name>
    <message>
        <source>Trailing whitespace detected</source>
        <translation>Leerzeichen am Zeilenende gefunden</translation>
    </message>
    <message>
        <source>Remove the spaces at the end of the line</source>
        <translation>Entfernen Sie die Leerzeichen am Ende der Zeile</translation>
    </message>
</context>
<context>
    <name>UnorderedKeyCheck</name>
    <message>
        <source>The %1 key should go before the %2 key</source>
        <translation>Der Schlüssel %1 sollte vor dem Schlüssel %2 stehen</translation>
    </message>
    <message>
        <source>Sort the keys of this group alphabetically, or separate groups with a blank line</source>
        <translation>Sortieren Sie die Schlüssel dieser Gruppe alphabetisch oder trennen Sie Gruppen durch eine Leerzeile</translation>
    </message>
</context>
<context>
    <name>UnreadLineCheck</name>
    <message>
        <source>Line %1 is not KEY=VALUE, a comment or an empty line, so dotenv readers skip it (python-dotenv warns that it could not parse it)</source>
        <translation>Zeile %1 ist weder KEY=VALUE noch ein Kommentar oder eine leere Zeile, daher überspringen dotenv-Leser sie (python-dotenv warnt, dass es sie nicht lesen konnte)</translation>
    </message>
    <message>
        <source>Make it KEY=VALUE, turn it into a comment with #, or remove it</source>
        <translation>Machen Sie daraus KEY=VALUE, einen Kommentar mit # oder entfernen Sie sie</translation>
    </message>
</context>
<context>
    <name>ValueWithoutQuotesCheck</name>
    <message>
        <source>The value of %1 has spaces but no quotes</source>
        <translation>Der Wert von %1 enthält Leerzeichen, aber keine Anführungszeichen</translation>
    </message>
    <message>
        <source>Put the value of %1 in single quotes</source>
        <translation>Setzen Sie den Wert von %1 in einfache Anführungszeichen</translation>
    </message>
</context>
<context>
    <name>VariableClassifier</name>
    <message>
        <source>comment: openssl rand -%1 %2</source>
        <translation>Kommentar: openssl rand -%1 %2</translation>
    </message>
    <message>
        <source>comment: %1 characters</source>
        <translation>Kommentar: %1 Zeichen</translation>
    </message>
    <message>
        <source>comment: a random secret of %1 characters</source>
        <translation>Kommentar: ein zufälliges Geheimnis aus %1 Zeichen</translation>
    </message>
    <message>
        <source>comment: only the characters A-Za-z0-9</source>
        <translation>Kommentar: nur die Zeichen A-Za-z0-9</translation>
    </message>
    <message>
        <source>comment: php artisan key:generate</source>
        <translation>Kommentar: php artisan key:generate</translation>
    </message>
    <message>
        <source>comment: a UUID</source>
        <translation>Kommentar: eine UUID</translation>
    </message>
    <message>
        <source>Laravel APP_KEY convention (php artisan key:generate)</source>
        <translation>Laravel-Konvention für APP_KEY (php artisan key:generate)</translation>
    </message>
    <message>
        <source>sample value: %1 random bytes in hex</source>
        <translation>Beispielwert: %1 Zufallsbytes hexadezimal</translation>
    </message>
    <message>
        <source>sample value: 32 random bytes in base64</source>
        <translation>Beispielwert: 32 Zufallsbytes in Base64</translation>
    </message>
    <message>
        <source>sample value: %1 letters and digits</source>
        <translation>Beispielwert: %1 Buchstaben und Ziffern</translation>
    </message>
    <message>
        <source>sample value: %1 random characters</source>
        <translation>Beispielwert: %1 zufällige Zeichen</translation>
    </message>
    <message>
        <source>default for signing secrets: 64 random bytes</source>
        <translation>Standard für Signaturgeheimnisse: 64 Zufallsbytes</translation>
    </message>
    <message>
        <source>default for passwords: 32 letters and digits (safe in URLs, shells and config files)</source>
        <translation>Standard für Passwörter: 32 Buchstaben und Ziffern (sicher in URLs, Shells und Konfigurationsdateien)</translation>
    </message>
    <message>
        <source>default for secrets: 32 random bytes</source>
        <translation>Standard für Geheimnisse: 32 Zufallsbytes</translation>
    </message>
    <message>
        <source>public identifier issued by %1; the template only holds a placeholder</source>
        <translation>öffentliche Kennung von %1; die Vorlage enthält nur einen Platzhalter</translation>
    </message>
    <message>
        <source>configuration: the name does not look secret</source>
        <translation>Konfiguration: Der Name sieht nicht geheim aus</translation>
    </message>
    <message>
        <source>configuration: the value is a flag or a number</source>
        <translation>Konfiguration: Der Wert ist ein Schalter oder eine Zahl</translation>
    </message>
    <message>
        <source>access key of a storage service this project runs</source>
        <translation>Zugangsschlüssel eines Speicherdienstes, den dieses Projekt selbst betreibt</translation>
    </message>
    <message>
        <source>access key id issued by an outside service</source>
        <translation>Zugangsschlüssel-ID eines externen Dienstes</translation>
    </message>
    <message>
        <source>access key id issued by %1</source>
        <translation>Zugangsschlüssel-ID von %1</translation>
    </message>
    <message>
        <source>the placeholder asks for a self-chosen secret</source>
        <translation>der Platzhalter verlangt ein selbst gewähltes Geheimnis</translation>
    </message>
    <message>
        <source>configuration: a setting about a secret, not the secret itself</source>
        <translation>Konfiguration: eine Einstellung zu einem Geheimnis, nicht das Geheimnis selbst</translation>
    </message>
    <message>
        <source>public identifier (not secret)</source>
        <translation>öffentliche Kennung (nicht geheim)</translation>
    </message>
    <message>
        <source>error-tracking DSN (not secret)</source>
        <translation>DSN für Fehlerverfolgung (nicht geheim)</translation>
    </message>
    <message>
        <source>public key of %1 (used in browsers)</source>
        <translation>öffentlicher Schlüssel von %1 (im Browser verwendet)</translation>
    </message>
    <message>
        <source>configuration: a fixed credential for tests or examples</source>
        <translation>Konfiguration: feste Zugangsdaten für Tests oder Beispiele</translation>
    </message>
    <message>
        <source>configuration: explicitly unset (&quot;null&quot;)</source>
        <translation>Konfiguration: ausdrücklich nicht gesetzt („null“)</translation>
    </message>
    <message>
        <source>public client key, paired with %1_SECRET</source>
        <translation>öffentlicher Client-Schlüssel, gehört zu %1_SECRET</translation>
    </message>
    <message>
        <source>public app key of %1</source>
        <translation>öffentlicher App-Schlüssel von %1</translation>
    </message>
    <message>
        <source>configuration: credentials of a local mail catcher</source>
        <translation>Konfiguration: Zugangsdaten eines lokalen Mail-Catchers</translation>
    </message>
    <message>
        <source>password of the mail provider</source>
        <translation>Passwort des Mail-Anbieters</translation>
    </message>
    <message>
        <source>SMTP server</source>
        <translation>SMTP-Server</translation>
    </message>
    <message>
        <source>webhook secret issued by %1</source>
        <translation>Webhook-Geheimnis von %1</translation>
    </message>
    <message>
        <source>self-chosen webhook secret (pasted into the other service)</source>
        <translation>selbst gewähltes Webhook-Geheimnis (wird im anderen Dienst eingetragen)</translation>
    </message>
    <message>
        <source>credentials of an S3-compatible store this project runs</source>
        <translation>Zugangsdaten eines S3-kompatiblen Speichers, den dieses Projekt selbst betreibt</translation>
    </message>
    <message>
        <source>credential issued by %1</source>
        <translation>Zugangsdaten von %1</translation>
    </message>
    <message>
        <source>credential issued by an outside service</source>
        <translation>Zugangsdaten eines externen Dienstes</translation>
    </message>
    <message>
        <source>access key issued by an outside service</source>
        <translation>Zugangsschlüssel eines externen Dienstes</translation>
    </message>
    <message>
        <source>configuration: an empty password (the existing service has none)</source>
        <translation>Konfiguration: ein leeres Passwort (der vorhandene Dienst hat keines)</translation>
    </message>
    <message>
        <source>password of a service this project runs</source>
        <translation>Passwort eines Dienstes, den dieses Projekt selbst betreibt</translation>
    </message>
    <message>
        <source>secret the app owns</source>
        <translation>Geheimnis, das der App gehört</translation>
    </message>
</context>
<context>
    <name>VariablesModel</name>
    <message>
        <source>Keep current</source>
        <translation>Aktuellen Wert behalten</translation>
    </message>
    <message>
        <source>Generated (%1, %2 bits)</source>
        <translation>Erzeugt (%1, %2 Bit)</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <source>Enter value</source>
        <translation>Wert eingeben</translation>
    </message>
    <message>
        <source>Enter value (%1)</source>
        <translation>Wert eingeben (%1)</translation>
    </message>
    <message>
        <source>Derived from %1</source>
        <translation>Abgeleitet von %1</translation>
    </message>
    <message>
        <source>%1, replaces current value</source>
        <translation>%1, ersetzt den aktuellen Wert</translation>
    </message>
    <message>
        <source>(to do: enter the value)</source>
        <translation>(zu tun: Wert eingeben)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>hidden value</source>
        <translation>verborgener Wert</translation>
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
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Hinweise</translation>
    </message>
</context>
<context>
    <name>VariablesPage</name>
    <message>
        <source>Variables</source>
        <translation>Variablen</translation>
    </message>
    <message>
        <source>One row per variable of the template: name, where its value comes from, and the value</source>
        <translation>Eine Zeile je Variable der Vorlage: Name, Herkunft des Werts und der Wert</translation>
    </message>
    <message>
        <source>&amp;Reveal</source>
        <translation>A&amp;nzeigen</translation>
    </message>
    <message>
        <source>Reveal or hide the selected value</source>
        <translation>Den gewählten Wert anzeigen oder verbergen</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copies the value; the clipboard is cleared after 30 seconds</source>
        <translation>Kopiert den Wert; die Zwischenablage wird nach 30 Sekunden geleert</translation>
    </message>
    <message>
        <source>Copy the selected value</source>
        <translation>Den gewählten Wert kopieren</translation>
    </message>
    <message>
        <source>Re&amp;generate</source>
        <translation>Neu &amp;erzeugen</translation>
    </message>
    <message>
        <source>Generate a new value for the selected secret</source>
        <translation>Einen neuen Wert für das gewählte Geheimnis erzeugen</translation>
    </message>
    <message>
        <source>&amp;Enter value…</source>
        <translation>Wert ein&amp;geben …</translation>
    </message>
    <message>
        <source>Enter a value for the selected variable</source>
        <translation>Einen Wert für die gewählte Variable eingeben</translation>
    </message>
    <message>
        <source>&amp;Keep current</source>
        <translation>Aktuellen &amp;behalten</translation>
    </message>
    <message>
        <source>Keeps the value your current .env already has</source>
        <translation>Behält den Wert, den Ihre aktuelle .env bereits hat</translation>
    </message>
    <message>
        <source>Keep the current value of the selected variable</source>
        <translation>Den aktuellen Wert der gewählten Variable behalten</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Details of the selected variable</source>
        <translation>Details der gewählten Variable</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Where each value comes from. Secrets are generated for you; keys of outside services can be entered now or later.</source>
        <translation>Woher jeder Wert kommt. Geheimnisse werden für Sie erzeugt; Schlüssel externer Dienste können Sie jetzt oder später eingeben.</translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>&amp;Verbergen</translation>
    </message>
    <message>
        <source>Select a variable to see what it is for.</source>
        <translation>Wählen Sie eine Variable, um zu sehen, wofür sie da ist.</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Quelle: %1</translation>
    </message>
    <message>
        <source>Generator: %1 (%2)</source>
        <translation>Erzeugung: %1 (%2)</translation>
    </message>
    <message>
        <source>To do: get this key from %1 and enter it, or add it to .env later.</source>
        <translation>Zu tun: Holen Sie diesen Schlüssel von %1 und geben Sie ihn ein, oder tragen Sie ihn später in .env ein.</translation>
    </message>
    <message>
        <source>its service</source>
        <translation>seinem Dienst</translation>
    </message>
    <message>
        <source>Your current .env value will be replaced (a backup of your current .env is kept).</source>
        <translation>Ihr aktueller Wert in .env wird ersetzt (eine Sicherung Ihrer aktuellen .env wird aufbewahrt).</translation>
    </message>
    <message>
        <source>Your current .env value is kept.</source>
        <translation>Ihr aktueller Wert in .env bleibt erhalten.</translation>
    </message>
    <message>
        <source>%1 copied. The clipboard is cleared in %2 seconds.</source>
        <translation>%1 kopiert. Die Zwischenablage wird in %2 Sekunden geleert.</translation>
    </message>
    <message>
        <source>A new value was generated for %1.</source>
        <translation>Für %1 wurde ein neuer Wert erzeugt.</translation>
    </message>
    <message>
        <source>The value of %1 was set.</source>
        <translation>Der Wert von %1 wurde gesetzt.</translation>
    </message>
    <message>
        <source>%1 keeps its current value.</source>
        <translation>%1 behält seinen aktuellen Wert.</translation>
    </message>
    <message>
        <source>Lint notes on the files</source>
        <translation>Lint-Hinweise zu den Dateien</translation>
    </message>
    <message>
        <source>Lint notes on the files themselves:</source>
        <translation>Lint-Hinweise zu den Dateien selbst:</translation>
    </message>
</context>
<context>
    <name>VaultExportFile</name>
    <message>
        <source>Could not delete %1. Delete it yourself: it holds the export&apos;s secrets in plain text.</source>
        <translation>%1 konnte nicht gelöscht werden. Löschen Sie die Datei selbst: Sie enthält die Geheimnisse des Exports im Klartext.</translation>
    </message>
</context>
<context>
    <name>VaultFormat</name>
    <message>
        <source>Bitwarden JSON export</source>
        <translation>Bitwarden-JSON-Export</translation>
    </message>
    <message>
        <source>Bitwarden password-protected JSON export</source>
        <translation>passwortgeschützter Bitwarden-JSON-Export</translation>
    </message>
    <message>
        <source>Bitwarden account-restricted export</source>
        <translation>kontogebundener Bitwarden-Export</translation>
    </message>
    <message>
        <source>Bitwarden CSV export</source>
        <translation>Bitwarden-CSV-Export</translation>
    </message>
    <message>
        <source>1Password 1PUX export</source>
        <translation>1Password-1PUX-Export</translation>
    </message>
    <message>
        <source>1Password 1PIF export</source>
        <translation>1Password-1PIF-Export</translation>
    </message>
    <message>
        <source>1Password CSV export</source>
        <translation>1Password-CSV-Export</translation>
    </message>
    <message>
        <source>unknown format</source>
        <translation>unbekanntes Format</translation>
    </message>
</context>
<context>
    <name>VaultMatch</name>
    <message>
        <source>no match</source>
        <translation>keine Zuordnung</translation>
    </message>
    <message>
        <source>op:// reference</source>
        <translation>op://-Referenz</translation>
    </message>
    <message>
        <source>@vault decorator</source>
        <translation>@vault-Dekorator</translation>
    </message>
    <message>
        <source>field name</source>
        <translation>Feldname</translation>
    </message>
    <message>
        <source>item title</source>
        <translation>Titel des Eintrags</translation>
    </message>
    <message>
        <source>matched</source>
        <translation>zugeordnet</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>nicht gefunden</translation>
    </message>
    <message>
        <source>ambiguous</source>
        <translation>mehrdeutig</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>ungültig</translation>
    </message>
</context>
<context>
    <name>VaultMatcher</name>
    <message numerus="yes">
        <source>%n vault entries could provide %1: %2. Envsmith does not guess: add a line such as &apos;# %3&apos; directly above %1 in the template</source>
        <translation>
            <numerusform>%n Tresor-Eintrag könnte %1 liefern: %2. Envsmith rät nicht: Fügen Sie in der Vorlage direkt über %1 eine Zeile wie „# %3“ ein</numerusform>
            <numerusform>%n Tresor-Einträge könnten %1 liefern: %2. Envsmith rät nicht: Fügen Sie in der Vorlage direkt über %1 eine Zeile wie „# %3“ ein</numerusform>
        </translation>
    </message>
    <message>
        <source>, or choose a narrower scope (a folder, collection, vault or tag)</source>
        <translation> oder wählen Sie einen engeren Bereich (einen Ordner, eine Sammlung, einen Tresor oder ein Tag)</translation>
    </message>
    <message>
        <source>%1 refers to %2, whose query ?%3=%4 only the 1Password app can answer (Envsmith reads exports offline). Use op run for %1, or remove the query.</source>
        <translation>%1 verweist auf %2, dessen Abfrage ?%3=%4 nur die 1Password-App beantworten kann (Envsmith liest Exporte offline). Verwenden Sie op run für %1 oder entfernen Sie die Abfrage.</translation>
    </message>
    <message>
        <source>%1 refers to %2, but %3 has no vault, folder or collection named &apos;%4&apos;. Export that vault, or correct the reference.</source>
        <translation>%1 verweist auf %2, aber %3 hat keinen Tresor, Ordner und keine Sammlung namens „%4“. Exportieren Sie diesen Tresor oder korrigieren Sie die Referenz.</translation>
    </message>
    <message>
        <source>%1 refers to %2, but &apos;%3&apos; in %4 has no item titled &apos;%5&apos;.</source>
        <translation>%1 verweist auf %2, aber „%3“ in %4 hat keinen Eintrag mit dem Titel „%5“.</translation>
    </message>
    <message>
        <source>%1 refers to %2, but the item &apos;%3&apos; has no field &apos;%4&apos;%5.</source>
        <translation>%1 verweist auf %2, aber der Eintrag „%3“ hat kein Feld „%4“%5.</translation>
    </message>
    <message>
        <source> in the section &apos;%1&apos;</source>
        <translation> im Abschnitt „%1“</translation>
    </message>
    <message>
        <source>The decorator @vault=%1 above %2 is not of the form @vault=&lt;item&gt;, @vault=&lt;item&gt;/&lt;field&gt; or @vault=&lt;item&gt;/&lt;section&gt;/&lt;field&gt; (write an item whose title has &apos;/&apos; by its id).</source>
        <translation>Der Dekorator @vault=%1 über %2 hat nicht die Form @vault=&lt;item&gt;, @vault=&lt;item&gt;/&lt;field&gt; oder @vault=&lt;item&gt;/&lt;section&gt;/&lt;field&gt; (schreiben Sie einen Eintrag, dessen Titel „/“ enthält, über seine ID).</translation>
    </message>
    <message>
        <source>The decorator @vault=%1 above %2 names the item &apos;%3&apos;, which is not in %4. Check the title (or use the item&apos;s id).</source>
        <translation>Der Dekorator @vault=%1 über %2 nennt den Eintrag „%3“, der nicht in %4 ist. Prüfen Sie den Titel (oder verwenden Sie die ID des Eintrags).</translation>
    </message>
    <message>
        <source>The item &apos;%1&apos; (@vault=%2 above %3) has no field named %3, no password and no hidden field. Name the field: @vault=%1/&lt;field&gt;.</source>
        <translation>Der Eintrag „%1“ (@vault=%2 über %3) hat kein Feld namens %3, kein Passwort und kein verborgenes Feld. Nennen Sie das Feld: @vault=%1/&lt;field&gt;.</translation>
    </message>
    <message>
        <source>The item &apos;%1&apos; (@vault=%2 above %3) has no field &apos;%4&apos;.</source>
        <translation>Der Eintrag „%1“ (@vault=%2 über %3) hat kein Feld „%4“.</translation>
    </message>
    <message>
        <source>%1 has no folders, collections, vaults or tags, so there is no scope &apos;%2&apos;. Leave the scope out to use the whole export.</source>
        <translation>%1 hat keine Ordner, Sammlungen, Tresore oder Tags, daher gibt es keinen Bereich „%2“. Lassen Sie den Bereich weg, um den ganzen Export zu verwenden.</translation>
    </message>
    <message>
        <source>%1 has no folder, collection, vault or tag named &apos;%2&apos;. Choose one of: %3.</source>
        <translation>%1 hat keinen Ordner, keine Sammlung, keinen Tresor und kein Tag namens „%2“. Wählen Sie eines davon: %3.</translation>
    </message>
</context>
<context>
    <name>VaultReader</name>
    <message>
        <source>%1 does not exist. Choose the export file you saved.</source>
        <translation>%1 existiert nicht. Wählen Sie die Exportdatei, die Sie gespeichert haben.</translation>
    </message>
    <message>
        <source>%1 is not a file. Choose the export file itself.</source>
        <translation>%1 ist keine Datei. Wählen Sie die Exportdatei selbst.</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MiB, more than any vault export should be. Check that it is the right file.</source>
        <translation>%1 ist größer als %2 MiB, mehr als jeder Tresor-Export sein sollte. Prüfen Sie, ob es die richtige Datei ist.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2. Check the file&apos;s permissions.</source>
        <translation>%1 kann nicht gelesen werden: %2. Prüfen Sie die Zugriffsrechte der Datei.</translation>
    </message>
    <message>
        <source>%1 is not a vault export Envsmith can read. Export from Bitwarden as JSON (with a password) or CSV, or from 1Password as 1PUX, 1PIF or CSV.</source>
        <translation>%1 ist kein Tresor-Export, den Envsmith lesen kann. Exportieren Sie aus Bitwarden als JSON (mit Passwort) oder CSV, oder aus 1Password als 1PUX, 1PIF oder CSV.</translation>
    </message>
    <message>
        <source>%1: the file is empty. Export the vault again and choose the new file.</source>
        <translation>%1: Die Datei ist leer. Exportieren Sie den Tresor erneut und wählen Sie die neue Datei.</translation>
    </message>
    <message>
        <source>%1: the file holds only blank space. Export the vault again and choose the new file.</source>
        <translation>%1: Die Datei enthält nur Leerraum. Exportieren Sie den Tresor erneut und wählen Sie die neue Datei.</translation>
    </message>
    <message>
        <source>%1 is JSON, but not a Bitwarden export (it has no &quot;items&quot;, &quot;folders&quot; or &quot;collections&quot; member and is not encrypted). Export from Bitwarden as JSON, or from 1Password as 1PUX.</source>
        <translation>%1 ist JSON, aber kein Bitwarden-Export (es hat kein Element „items“, „folders“ oder „collections“ und ist nicht verschlüsselt). Exportieren Sie aus Bitwarden als JSON oder aus 1Password als 1PUX.</translation>
    </message>
    <message>
        <source>%1: this CSV&apos;s header is not a Bitwarden or 1Password export header (its first line has %2 columns; expected columns such as folder,favorite,type,name,notes,fields,... from Bitwarden or Title,Url,Username,Password,... from 1Password). Export the vault again as CSV without editing the file, or as JSON (Bitwarden) or 1PUX (1Password).</source>
        <translation>%1: Die Kopfzeile dieser CSV-Datei ist keine Export-Kopfzeile von Bitwarden oder 1Password (ihre erste Zeile hat %2 Spalten; erwartet werden Spalten wie folder,favorite,type,name,notes,fields,... von Bitwarden oder Title,Url,Username,Password,... von 1Password). Exportieren Sie den Tresor erneut als CSV, ohne die Datei zu bearbeiten, oder als JSON (Bitwarden) bzw. 1PUX (1Password).</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Warning: core dumps could not be disabled.</source>
        <translation>Warnung: Speicherabbilder (Core-Dumps) konnten nicht abgeschaltet werden.</translation>
    </message>
    <message>
        <source>Envsmith</source>
        <translation>Envsmith</translation>
    </message>
    <message>
        <source>Cannot create the demo project: %1</source>
        <translation>Das Demoprojekt kann nicht angelegt werden: %1</translation>
    </message>
    <message>
        <source>The setup wizard needs a graphical display, and there is none (DISPLAY and WAYLAND_DISPLAY are not set). Start it from a desktop session, or use the command line: `envsmith --help` lists the commands (e.g. `envsmith setup`).</source>
        <translation>Der Einrichtungsassistent braucht eine grafische Anzeige, und es gibt keine (DISPLAY und WAYLAND_DISPLAY sind nicht gesetzt). Starten Sie ihn aus einer Desktop-Sitzung, oder verwenden Sie die Befehlszeile: `envsmith --help` listet die Befehle auf (z. B. `envsmith setup`).</translation>
    </message>
</context>
</TS>
