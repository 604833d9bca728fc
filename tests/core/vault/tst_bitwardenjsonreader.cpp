#include "core/vault/BitwardenCrypto.h"
#include "core/vault/BitwardenJsonReader.h"
#include "core/vault/VaultReader.h"

#include "BitwardenExportWriter.h"
#include "LeakSearch.h"
#include "TestFiles.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(BitwardenExportWriter::Settings)
Q_DECLARE_METATYPE(VaultField::Type)

// BitwardenJsonReader: the Bitwarden files of shared/corpus (read where they are, skipped when absent),
// then the project's own fixtures: plain personal and organisation exports written here, and
// password-protected exports written by BitwardenExportWriter (OpenSSL + libargon2, independent code).
class TestBitwardenJsonReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void corpusKeyDerivation_data();
    void corpusKeyDerivation();
    void corpusMatchesPlaintext_data();
    void corpusMatchesPlaintext();
    void corpusValues_data();
    void corpusValues();
    void corpusAccountRestricted();

    void plainValues_data();
    void plainValues();
    void plainItems();
    void organisationCollections();
    void protectedRoundTrip_data();
    void protectedRoundTrip();
    void wrongPassword();
    void tampered_data();
    void tampered();
    void kdfOutOfBounds_data();
    void kdfOutOfBounds();
    void passwordRequired_data();
    void passwordRequired();
    void cancel_data();
    void cancel();
    void progressRises();
    void accountRestricted();
    void malformed_data();
    void malformed();
    void messagesHoldNoSecret();
};

namespace {

const QByteArray passwordCanary = "Pässwort-CANARY-7f3a 🔑"_ba;
const QByteArray valueCanary = "VALUE-CANARY-91c2"_ba;

QString corpusDir()
{
    return QStringLiteral(ENVSMITH_SHARED_DIR "/corpus/vault/bitwarden");
}

#define SKIP_WITHOUT_CORPUS()                                                                                \
    if (!QFileInfo(corpusDir()).isDir()) {                                                                   \
        QSKIP("shared/corpus/vault/bitwarden is absent (ENVSMITH_SHARED_DIR); corpus tests skipped");        \
    }

QJsonArray testVectors()
{
    return QJsonDocument::fromJson(TestFiles::readFile(corpusDir() + u"/TEST-VECTORS.json"_s)).array();
}

QByteArray passwordFor(const QString &file)
{
    for (const QJsonValue &vector : testVectors()) {
        if (vector[u"file"].toString() == file) {
            return vector[u"password"].toString().toUtf8();
        }
    }
    return {};
}

std::expected<VaultExport, VaultError> readBytes(const QByteArray &bytes, const QByteArray &password = {},
                                                 const VaultReadOptions &base = {})
{
    const SecureBuffer secret = SecureBuffer::fromBytes(password);
    VaultReadOptions options = base;
    options.password = password.isNull() ? nullptr : &secret;
    return BitwardenJsonReader::read(bytes, u"export.json"_s, options);
}

const VaultItem *itemTitled(const VaultExport &result, const QString &title)
{
    for (const VaultItem &item : result.items) {
        if (item.title == title) {
            return &item;
        }
    }
    return nullptr;
}

// Every item as text (title, kind, folders, fields with types and values), to compare two reads.
QString describe(const VaultExport &result)
{
    QString text;
    for (const VaultItem &item : result.items) {
        text += u"%1 [%2] %3 %4 archived=%5\n"_s.arg(item.title, item.kind, item.id, item.folders.join(u'|'))
                    .arg(int(item.archived));
        for (const VaultField &field : item.fields) {
            text += u"  %1 (%2) = %3\n"_s.arg(field.name).arg(int(field.type)).arg(field.value.toString());
        }
    }
    return text;
}

QJsonObject field(const char *name, const QJsonValue &value, int type, const QJsonValue &linkedId = {})
{
    return QJsonObject{{u"name"_s, QString::fromUtf8(name)},
                       {u"value"_s, value},
                       {u"type"_s, type},
                       {u"linkedId"_s, linkedId}};
}

// A personal export covering every item type, every custom-field type, a trashed, an archived and a
// malformed item.
QByteArray personalExport()
{
    const QString canary = QString::fromUtf8(valueCanary);
    const QJsonArray folders{QJsonObject{{u"id"_s, u"f1"_s}, {u"name"_s, u"Team / Staging"_s}},
                             QJsonObject{{u"id"_s, u"f2"_s}, {u"name"_s, u"Ünïcødé 🔑"_s}}};
    QJsonArray items;
    items.append(QJsonObject{
        {u"id"_s, u"i1"_s},
        {u"type"_s, 1},
        {u"name"_s, u"Staging API"_s},
        {u"folderId"_s, u"f1"_s},
        {u"notes"_s, u"line one\nline two"_s},
        {u"login"_s,
         QJsonObject{
             {u"username"_s, u"ci@example.com"_s},
             {u"password"_s, canary + u"-password"_s},
             {u"totp"_s, u"JBSWY3DPEHPK3PXP"_s},
             {u"uris"_s, QJsonArray{QJsonObject{{u"uri"_s, u"https://a.example"_s}, {u"match"_s, {}}},
                                    QJsonObject{{u"uri"_s, u"https://b.example"_s}, {u"match"_s, 3}}}},
             {u"fido2Credentials"_s, QJsonArray{}}}},
        {u"fields"_s,
         QJsonArray{field("API_KEY", canary + u"-hidden"_s, 1),
                    field("API_URL", u"https://api.example/v1?x=1&y=2"_s, 0), field("enabled", u"true"_s, 2),
                    field("user (linked)", {}, 3, 100), field("EMPTY", {}, 0)}},
        {u"deletedDate"_s, {}},
    });
    items.append(QJsonObject{{u"id"_s, u"i2"_s},
                             {u"type"_s, 2},
                             {u"name"_s, u"Ünïcødé note — 日本語"_s},
                             {u"folderId"_s, u"f2"_s},
                             {u"notes"_s, u"DATABASE_URL=postgres://u:p@db/app"_s}, // gitleaks:allow
                             {u"secureNote"_s, QJsonObject{{u"type"_s, 0}}}});
    items.append(QJsonObject{{u"id"_s, u"i3"_s},
                             {u"type"_s, 3},
                             {u"name"_s, u"Card"_s},
                             {u"card"_s, QJsonObject{{u"cardholderName"_s, u"J Doe"_s},
                                                     {u"number"_s, u"4111111111111111"_s},
                                                     {u"expMonth"_s, 10},
                                                     {u"code"_s, u"123"_s}}}});
    items.append(QJsonObject{
        {u"id"_s, u"i4"_s},
        {u"type"_s, 4},
        {u"name"_s, u"Identity"_s},
        {u"identity"_s,
         QJsonObject{{u"firstName"_s, u"Jo"_s}, {u"ssn"_s, u"000-00-0000"_s}, {u"middleName"_s, {}}}}});
    items.append(
        QJsonObject{{u"id"_s, u"i5"_s},
                    {u"type"_s, 5},
                    {u"name"_s, u"deploy key"_s},
                    {u"sshKey"_s, QJsonObject{{u"privateKey"_s, u"-----BEGIN OPENSSH PRIVATE KEY-----\n"
                                                                u"b3BlbnNzaA\n-----END OPENSSH "
                                                                u"PRIVATE KEY-----"_s},
                                              {u"publicKey"_s, u"ssh-ed25519 AAAA deploy"_s},
                                              {u"keyFingerprint"_s, u"SHA256:abc"_s}}}});
    items.append(QJsonObject{{u"id"_s, u"i6"_s},
                             {u"type"_s, 1},
                             {u"name"_s, u"Trashed"_s},
                             {u"deletedDate"_s, u"2025-01-01T00:00:00.000Z"_s},
                             {u"login"_s, QJsonObject{{u"password"_s, u"gone"_s}}}});
    items.append(QJsonObject{{u"id"_s, u"i7"_s},
                             {u"type"_s, 1},
                             {u"name"_s, u"Archived"_s},
                             {u"archivedDate"_s, u"2025-01-01T00:00:00.000Z"_s},
                             {u"login"_s, QJsonObject{{u"password"_s, u"old"_s}}}});
    items.append(42);
    return QJsonDocument(QJsonObject{{u"encrypted"_s, false}, {u"folders"_s, folders}, {u"items"_s, items}})
        .toJson();
}

QByteArray organisationExport()
{
    const QJsonArray collections{QJsonObject{{u"id"_s, u"c1"_s}, {u"name"_s, u"Engineering"_s}},
                                 QJsonObject{{u"id"_s, u"c2"_s}, {u"name"_s, u"Ops"_s}}};
    const QJsonArray items{QJsonObject{{u"id"_s, u"o1"_s},
                                       {u"organizationId"_s, u"org"_s},
                                       {u"type"_s, 1},
                                       {u"name"_s, u"Shared DB"_s},
                                       {u"collectionIds"_s, QJsonArray{u"c1"_s, u"c2"_s, {}}},
                                       {u"login"_s, QJsonObject{{u"password"_s, u"db-pass"_s}}}}};
    return QJsonDocument(
               QJsonObject{{u"encrypted"_s, false}, {u"collections"_s, collections}, {u"items"_s, items}})
        .toJson();
}

BitwardenExportWriter::Settings pbkdf2(qint64 iterations = 5000)
{
    BitwardenExportWriter::Settings settings;
    settings.kdfType = 0;
    settings.iterations = iterations;
    return settings;
}

BitwardenExportWriter::Settings argon2(qint64 iterations, qint64 memoryMiB, qint64 parallelism)
{
    BitwardenExportWriter::Settings settings;
    settings.kdfType = 1;
    settings.iterations = iterations;
    settings.memoryMiB = memoryMiB;
    settings.parallelism = parallelism;
    return settings;
}

QByteArray protectedExport(const QByteArray &password = passwordCanary,
                           const QByteArray &plain = personalExport())
{
    return BitwardenExportWriter::write(plain, password, pbkdf2());
}

// @p file with the `data` EncString's part @p part (0 iv, 1 ciphertext, 2 mac) changed in one byte.
QByteArray withFlippedByte(const QByteArray &file, int part)
{
    QJsonObject envelope = QJsonDocument::fromJson(file).object();
    QList<QByteArray> parts = envelope[u"data"].toString().toLatin1().sliced(2).split('|');
    QByteArray raw = QByteArray::fromBase64(parts[part]);
    raw[raw.size() / 2] = char(raw[raw.size() / 2] ^ 0x01);
    parts[part] = raw.toBase64();
    envelope[u"data"] = QString::fromLatin1("2." + parts.join('|'));
    return QJsonDocument(envelope).toJson();
}

QByteArray withMember(const QByteArray &file, const QString &name, const QJsonValue &value)
{
    QJsonObject envelope = QJsonDocument::fromJson(file).object();
    envelope[name] = value;
    return QJsonDocument(envelope).toJson();
}

} // namespace

// Each intermediate key of TEST-VECTORS.json: master key, encryption and MAC keys, the validation text and
// the hash of the decrypted export.
void TestBitwardenJsonReader::corpusKeyDerivation_data()
{
    QTest::addColumn<QJsonObject>("vector");
    if (!QFileInfo(corpusDir()).isDir()) {
        QTest::newRow("no corpus") << QJsonObject();
        return;
    }
    for (const QJsonValue &vector : testVectors()) {
        QTest::newRow(qPrintable(vector[u"file"].toString())) << vector.toObject();
    }
}

void TestBitwardenJsonReader::corpusKeyDerivation()
{
    SKIP_WITHOUT_CORPUS();
    QFETCH(QJsonObject, vector);
    const QJsonObject envelope =
        QJsonDocument::fromJson(TestFiles::readFile(corpusDir() + u'/' + vector[u"file"].toString()))
            .object();
    QVERIFY(!envelope.isEmpty());
    BitwardenCrypto::KdfParams params;
    params.kdf =
        vector[u"kdfType"].toInt() == 1 ? BitwardenCrypto::Kdf::Argon2id : BitwardenCrypto::Kdf::Pbkdf2Sha256;
    params.iterations = vector[u"kdfIterations"].toInteger();
    params.memoryMiB = vector[u"kdfMemory_MiB"].toInteger();
    params.parallelism = vector[u"kdfParallelism"].toInteger();
    const QByteArray salt = vector[u"salt"].toString().toUtf8();
    QCOMPARE(envelope[u"salt"].toString().toUtf8(), salt);
    const SecureBuffer master =
        BitwardenCrypto::deriveMasterKey(vector[u"password"].toString().toUtf8(), salt, params);
    QCOMPARE(master.view().toByteArray().toHex(), vector[u"master_key_hex"].toString().toLatin1());
    const BitwardenCrypto::StretchedKey keys = BitwardenCrypto::stretch(master);
    QCOMPARE(keys.encKey.view().toByteArray().toHex(), vector[u"enc_key_hex"].toString().toLatin1());
    QCOMPARE(keys.macKey.view().toByteArray().toHex(), vector[u"mac_key_hex"].toString().toLatin1());

    const auto validation =
        BitwardenCrypto::parseEncString(envelope[u"encKeyValidation_DO_NOT_EDIT"].toString().toLatin1());
    QVERIFY(validation);
    QVERIFY(BitwardenCrypto::macMatches(*validation, keys.macKey));
    const auto uuid = BitwardenCrypto::decrypt(*validation, keys.encKey);
    QVERIFY(uuid);
    QCOMPARE(uuid->toString(), vector[u"encKeyValidation_plaintext"].toString());

    const auto data = BitwardenCrypto::parseEncString(envelope[u"data"].toString().toLatin1());
    QVERIFY(data);
    QVERIFY(BitwardenCrypto::macMatches(*data, keys.macKey));
    const auto plain = BitwardenCrypto::decrypt(*data, keys.encKey);
    QVERIFY(plain);
    QCOMPARE(QCryptographicHash::hash(plain->view(), QCryptographicHash::Sha256).toHex(),
             vector[u"inner_plaintext_sha256"].toString().toLatin1());

    // The MAC key of a wrong password does not match.
    const SecureBuffer wrong = BitwardenCrypto::deriveMasterKey("not the password", salt, params);
    QVERIFY(!BitwardenCrypto::macMatches(*validation, BitwardenCrypto::stretch(wrong).macKey));
}

// Each password-protected corpus file reads to exactly the items of its plaintext.
void TestBitwardenJsonReader::corpusMatchesPlaintext_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("plaintext");
    QTest::addColumn<int>("items");
    QTest::newRow("keepassxc pbkdf2 100000") << u"keepassxc-bitwarden_encrypted_export.json"_s
                                             << u"keepassxc-bitwarden_encrypted_export.decrypted.json"_s << 1;
    QTest::newRow("keepassxc argon2id")
        << u"keepassxc-bitwarden_encrypted_argon2id_export.json"_s
        << u"keepassxc-bitwarden_encrypted_argon2id_export.decrypted.json"_s << 1;
    QTest::newRow("generated pbkdf2 600000")
        << u"generated-pp-pbkdf2-600000.json"_s << u"synthetic-team-individual-plain.json"_s << 3;
    QTest::newRow("generated argon2id m64 t3 p4")
        << u"generated-pp-argon2id-m64-t3-p4.json"_s << u"synthetic-team-individual-plain.json"_s << 3;
    QTest::newRow("generated pbkdf2 5000")
        << u"generated-pp-pbkdf2-5000-keepassxc-plain.json"_s << u"keepassxc-bitwarden_export.json"_s << 4;
}

void TestBitwardenJsonReader::corpusMatchesPlaintext()
{
    SKIP_WITHOUT_CORPUS();
    QFETCH(QString, file);
    QFETCH(QString, plaintext);
    QFETCH(int, items);
    const SecureBuffer password = SecureBuffer::fromBytes(passwordFor(file));
    QVERIFY(!password.isEmpty());
    VaultReadOptions options;
    options.password = &password;
    const auto encrypted = VaultReader::read(corpusDir() + u'/' + file, options);
    QVERIFY2(encrypted, encrypted ? "" : qPrintable(encrypted.error().message));
    QCOMPARE(encrypted->format, VaultFormat::BitwardenPasswordProtected);
    const auto plain = VaultReader::read(corpusDir() + u'/' + plaintext);
    QVERIFY2(plain, plain ? "" : qPrintable(plain.error().message));
    QCOMPARE(plain->format, VaultFormat::BitwardenJson);
    QCOMPARE(int(encrypted->items.size()), items);
    QCOMPARE(describe(*encrypted), describe(*plain));
}

// Recorded values of the corpus files (research/vault-formats.md section 3).
void TestBitwardenJsonReader::corpusValues_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("items");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QStringList>("folders");
    QTest::addColumn<QString>("fieldName");
    QTest::addColumn<VaultField::Type>("type");
    QTest::addColumn<QByteArray>("value");
    using T = VaultField::Type;
    const QString synthetic = u"generated-pp-argon2id-m64-t3-p4.json"_s;
    QTest::newRow("synthetic hidden with quotes")
        << synthetic << 3 << u"Staging API (shared)"_s << u"login"_s << QStringList{u"Team / Staging"_s}
        << u"STAGING_API_KEY"_s << T::Hidden << "sk_test_51Hx\"quoted\",comma,=equals"_ba;
    QTest::newRow("synthetic pem")
        << synthetic << 3 << u"Staging API (shared)"_s << u"login"_s << QStringList{u"Team / Staging"_s}
        << u"MULTILINE_PEM"_s << T::Hidden
        << "-----BEGIN PRIVATE KEY-----\nMIIBVQIBADANBgkqhkiG9w0BAQEFAASC\n-----END "
           "PRIVATE KEY-----"_ba;
    QTest::newRow("synthetic boolean")
        << synthetic << 3 << u"Staging API (shared)"_s << u"login"_s << QStringList{u"Team / Staging"_s}
        << u"feature_flag"_s << T::Boolean << "true"_ba;
    QTest::newRow("synthetic linked")
        << synthetic << 3 << u"Staging API (shared)"_s << u"login"_s << QStringList{u"Team / Staging"_s}
        << u"user (linked)"_s << T::Linked << "username"_ba;
    QTest::newRow("synthetic password")
        << synthetic << 3 << u"Staging API (shared)"_s << u"login"_s << QStringList{u"Team / Staging"_s}
        << u"password"_s << T::Password << "p@ss w0rd with spaces & $dollar `tick` 'q'"_ba;
    QTest::newRow("synthetic unicode note")
        << u"generated-pp-pbkdf2-600000.json"_s << 3 << u"Ünïcødé .env snippet — 日本語"_s << u"securenote"_s
        << QStringList{u"Ünïcødé 🔑 フォルダ"_s} << u"notes"_s << T::Note
        << "DATABASE_URL=postgres://app:s3cr%40t@db.staging:5432/app\n" // gitleaks:allow
           "EMPTY=\n# comment line\nexport "
           "QUOTED=\"with \\\"escapes\\\"\""_ba;
    QTest::newRow("synthetic ssh key")
        << u"synthetic-team-individual-plain.json"_s << 3 << u"deploy ssh key"_s << u"sshkey"_s
        << QStringList() << u"publicKey"_s << T::Other
        << "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIExample deploy"_ba;
    QTest::newRow("sdk linked password")
        << u"sdk-json_export.json"_s << 5 << u"Bitwarden"_s << u"login"_s << QStringList{u"Important"_s}
        << u"Linked"_s << T::Linked << "password"_ba;
    QTest::newRow("sdk hidden") << u"sdk-json_export.json"_s << 5 << u"Bitwarden"_s << u"login"_s
                                << QStringList{u"Important"_s} << u"Hidden"_s << T::Hidden << "B"_ba;
    QTest::newRow("sdk uri") << u"sdk-json_export.json"_s << 5 << u"Bitwarden"_s << u"login"_s
                             << QStringList{u"Important"_s} << u"uri"_s << T::Url
                             << "https://vault.bitwarden.com"_ba;
    QTest::newRow("sdk card number") << u"sdk-json_export.json"_s << 5 << u"My card"_s << u"card"_s
                                     << QStringList() << u"number"_s << T::Other << "4111111111111111"_ba;
    QTest::newRow("sdk identity") << u"sdk-json_export.json"_s << 5 << u"My identity"_s << u"identity"_s
                                  << QStringList{u"Important"_s} << u"username"_s << T::Other << "JDoe"_ba;
    QTest::newRow("sdk ssh fingerprint")
        << u"sdk-json_export.json"_s << 5 << u"My ssh key"_s << u"sshkey"_s << QStringList()
        << u"keyFingerprint"_s << T::Other << "SHA256:1JjFjvPRkj1Gbf2qRP1dgHiIzEuNAEvp+92x99jw3K0"_ba;
    QTest::newRow("keepassxc plain totp") << u"keepassxc-bitwarden_export.json"_s << 4 << u"Login Name"_s
                                          << u"login"_s << QStringList{u"My Folder"_s} << u"totp"_s << T::Totp
                                          << "otpauth://totp/Google:myusername%40gmail.com?secret=DFDFDEF%3D&"
                                             "period=30&digits=6&issuer=Google"_ba;
    QTest::newRow("keepassxc plain note")
        << u"keepassxc-bitwarden_export.json"_s << 4 << u"My Secure Note"_s << u"securenote"_s
        << QStringList{u"My Folder"_s} << u"notes"_s << T::Note
        << "1st line of secure note\n2nd line of secure note\n3rd line of "
           "secure note"_ba;
    QTest::newRow("keepassxc encrypted password")
        << u"keepassxc-bitwarden_encrypted_export.json"_s << 1 << u"KeePassXC"_s << u"login"_s
        << QStringList() << u"password"_s << T::Password << "TYsbQUyeD3qrav"_ba;
    QTest::newRow("keepassxc argon2id username")
        << u"keepassxc-bitwarden_encrypted_argon2id_export.json"_s << 1 << u"KeePassXC"_s << u"login"_s
        << QStringList() << u"username"_s << T::Username << "keepassxc"_ba;
}

void TestBitwardenJsonReader::corpusValues()
{
    SKIP_WITHOUT_CORPUS();
    QFETCH(QString, file);
    QFETCH(int, items);
    QFETCH(QString, title);
    QFETCH(QString, kind);
    QFETCH(QStringList, folders);
    QFETCH(QString, fieldName);
    QFETCH(VaultField::Type, type);
    QFETCH(QByteArray, value);
    const SecureBuffer password = SecureBuffer::fromBytes(passwordFor(file));
    VaultReadOptions options;
    options.password = password.isEmpty() ? nullptr : &password;
    const auto result = VaultReader::read(corpusDir() + u'/' + file, options);
    QVERIFY2(result, result ? "" : qPrintable(result.error().message));
    QCOMPARE(int(result->items.size()), items);
    const VaultItem *item = itemTitled(*result, title);
    QVERIFY(item);
    QCOMPARE(item->kind, kind);
    QCOMPARE(item->folders, folders);
    const VaultField *found = item->field(fieldName);
    QVERIFY(found);
    QCOMPARE(found->type, type);
    QCOMPARE(found->value.view(), QByteArrayView(value));
}

void TestBitwardenJsonReader::corpusAccountRestricted()
{
    SKIP_WITHOUT_CORPUS();
    const auto result = VaultReader::read(corpusDir() + u"/bitwarden-account-restricted-v1-subset.json"_s);
    QVERIFY(!result);
    QCOMPARE(result.error().kind, VaultError::Kind::AccountRestricted);
    QVERIFY(result.error().message.contains(u"\"Password protected\""_s));
}

void TestBitwardenJsonReader::plainValues_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("fieldName");
    QTest::addColumn<VaultField::Type>("type");
    QTest::addColumn<QByteArray>("value");
    using T = VaultField::Type;
    QTest::newRow("username") << u"Staging API"_s << u"username"_s << T::Username << "ci@example.com"_ba;
    QTest::newRow("password") << u"Staging API"_s << u"password"_s << T::Password
                              << valueCanary + "-password";
    QTest::newRow("totp") << u"Staging API"_s << u"totp"_s << T::Totp << "JBSWY3DPEHPK3PXP"_ba;
    QTest::newRow("first uri") << u"Staging API"_s << u"uri"_s << T::Url << "https://a.example"_ba;
    QTest::newRow("hidden") << u"Staging API"_s << u"API_KEY"_s << T::Hidden << valueCanary + "-hidden";
    QTest::newRow("text") << u"Staging API"_s << u"API_URL"_s << T::Text
                          << "https://api.example/v1?x=1&y=2"_ba;
    QTest::newRow("boolean") << u"Staging API"_s << u"enabled"_s << T::Boolean << "true"_ba;
    QTest::newRow("linked names its target")
        << u"Staging API"_s << u"user (linked)"_s << T::Linked << "username"_ba;
    QTest::newRow("empty custom field") << u"Staging API"_s << u"EMPTY"_s << T::Text << QByteArray();
    QTest::newRow("notes") << u"Staging API"_s << u"notes"_s << T::Note << "line one\nline two"_ba;
    QTest::newRow("secure note") << u"Ünïcødé note — 日本語"_s << u"notes"_s << T::Note
                                 << "DATABASE_URL=postgres://u:p@db/app"_ba; // gitleaks:allow
    QTest::newRow("card number") << u"Card"_s << u"number"_s << T::Other << "4111111111111111"_ba;
    QTest::newRow("card number as JSON number") << u"Card"_s << u"expMonth"_s << T::Other << "10"_ba;
    QTest::newRow("identity") << u"Identity"_s << u"ssn"_s << T::Other << "000-00-0000"_ba;
    QTest::newRow("ssh private key")
        << u"deploy key"_s << u"privateKey"_s << T::Other
        << "-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaA\n-----END OPENSSH PRIVATE "
           "KEY-----"_ba;
}

void TestBitwardenJsonReader::plainValues()
{
    QFETCH(QString, title);
    QFETCH(QString, fieldName);
    QFETCH(VaultField::Type, type);
    QFETCH(QByteArray, value);
    const auto result = readBytes(personalExport());
    QVERIFY2(result, result ? "" : qPrintable(result.error().message));
    const VaultItem *item = itemTitled(*result, title);
    QVERIFY(item);
    const VaultField *found = item->field(fieldName);
    QVERIFY(found);
    QCOMPARE(found->type, type);
    QCOMPARE(found->value.view(), QByteArrayView(value));
}

void TestBitwardenJsonReader::plainItems()
{
    const auto result = readBytes(personalExport());
    QVERIFY(result);
    QCOMPARE(result->format, VaultFormat::BitwardenJson);
    QCOMPARE(result->fileName, u"export.json"_s);
    QStringList titles;
    for (const VaultItem &item : result->items) {
        titles.append(item.title);
    }
    // The trashed item is left out, the malformed one too (with a warning).
    QCOMPARE(titles, (QStringList{u"Staging API"_s, u"Ünïcødé note — 日本語"_s, u"Card"_s, u"Identity"_s,
                                  u"deploy key"_s, u"Archived"_s}));
    QCOMPARE(result->warnings.size(), 1);
    QVERIFY(result->warnings.first().contains(u"item 8"_s));
    const VaultItem *login = itemTitled(*result, u"Staging API"_s);
    QCOMPARE(login->id, u"i1"_s);
    QCOMPARE(login->folders, QStringList{u"Team / Staging"_s});
    QVERIFY(!login->archived);
    QVERIFY(itemTitled(*result, u"Archived"_s)->archived);
    int uris = 0;
    for (const VaultField &field : login->fields) {
        uris += field.type == VaultField::Type::Url;
    }
    QCOMPARE(uris, 2);
    QCOMPARE(itemTitled(*result, u"Identity"_s)->field(u"middleName"_s), nullptr); // null: no field
    QCOMPARE(itemTitled(*result, u"Ünïcødé note — 日本語"_s)->folders, QStringList{u"Ünïcødé 🔑"_s});
    QCOMPARE(result->scopes(), (QStringList{u"Team / Staging"_s, u"Ünïcødé 🔑"_s}));
}

void TestBitwardenJsonReader::organisationCollections()
{
    const auto result = readBytes(organisationExport());
    QVERIFY(result);
    QCOMPARE(result->items.size(), size_t(1));
    QCOMPARE(result->items.front().folders, (QStringList{u"Engineering"_s, u"Ops"_s}));
    QCOMPARE(result->items.front().field(u"password"_s)->value.view(), QByteArrayView("db-pass"));
}

void TestBitwardenJsonReader::protectedRoundTrip_data()
{
    QTest::addColumn<BitwardenExportWriter::Settings>("settings");
    QTest::addColumn<QByteArray>("password");
    QTest::addColumn<QByteArray>("plain");
    QTest::newRow("pbkdf2 5000") << pbkdf2() << "a"_ba << personalExport();
    QTest::newRow("pbkdf2 non-ASCII password")
        << pbkdf2(6000) << "pässwörd 🔑 パスワード"_ba << personalExport();
    QTest::newRow("pbkdf2 organisation") << pbkdf2() << "b"_ba << organisationExport();
    QTest::newRow("argon2id t2 m16 p1") << argon2(2, 16, 1) << "c"_ba << personalExport();
    QTest::newRow("argon2id t2 m16 p4 non-ASCII") << argon2(2, 16, 4) << "Ünïcødé"_ba << personalExport();
    BitwardenExportWriter::Settings ownSalt = pbkdf2();
    ownSalt.salt = "not/base64+at all=="_ba;
    QTest::newRow("salt used as text") << ownSalt << "d"_ba << personalExport();
}

void TestBitwardenJsonReader::protectedRoundTrip()
{
    QFETCH(BitwardenExportWriter::Settings, settings);
    QFETCH(QByteArray, password);
    QFETCH(QByteArray, plain);
    const QByteArray file = BitwardenExportWriter::write(plain, password, settings);
    QVERIFY(!file.isEmpty());
    QCOMPARE(VaultReader::detect(file), VaultFormat::BitwardenPasswordProtected);
    const auto result = readBytes(file, password);
    QVERIFY2(result, result ? "" : qPrintable(result.error().message));
    QCOMPARE(result->format, VaultFormat::BitwardenPasswordProtected);
    const auto reference = readBytes(plain);
    QVERIFY(reference);
    QCOMPARE(describe(*result), describe(*reference));
    QCOMPARE(result->warnings, reference->warnings);
}

void TestBitwardenJsonReader::wrongPassword()
{
    const QByteArray file = protectedExport("right");
    const auto result = readBytes(file, "wrong");
    QVERIFY(!result);
    QCOMPARE(result.error().kind, VaultError::Kind::WrongPassword);
    QVERIFY(result.error().message.contains(u"export.json"_s));
    // A password that differs only in Unicode normalisation is a different password (no normalisation).
    const QByteArray composed = BitwardenExportWriter::write(personalExport(), "\xc3\xa9", pbkdf2());
    const auto decomposed = readBytes(composed, "e\xcc\x81");
    QVERIFY(!decomposed);
    QCOMPARE(decomposed.error().kind, VaultError::Kind::WrongPassword);
}

void TestBitwardenJsonReader::tampered_data()
{
    QTest::addColumn<int>("part");
    QTest::newRow("iv") << 0;
    QTest::newRow("ciphertext") << 1;
    QTest::newRow("mac") << 2;
}

void TestBitwardenJsonReader::tampered()
{
    QFETCH(int, part);
    const QByteArray file = withFlippedByte(protectedExport(), part);
    const auto result = readBytes(file, passwordCanary);
    QVERIFY(!result);
    QCOMPARE(result.error().kind, VaultError::Kind::Tampered);
}

void TestBitwardenJsonReader::kdfOutOfBounds_data()
{
    QTest::addColumn<BitwardenExportWriter::Settings>("settings");
    QTest::addColumn<QStringList>("mentioned");
    QTest::newRow("pbkdf2 below 5000") << pbkdf2(4999) << QStringList{u"4999"_s, u"5000"_s, u"2000000"_s};
    QTest::newRow("pbkdf2 above 2000000") << pbkdf2(2000001) << QStringList{u"2000001"_s, u"2000000"_s};
    QTest::newRow("pbkdf2 10^12") << pbkdf2(1'000'000'000'000) << QStringList{u"1000000000000"_s};
    QTest::newRow("argon2id 1 TiB") << argon2(3, 1024 * 1024, 4)
                                    << QStringList{u"1048576 MiB"_s, u"1024 MiB"_s};
    QTest::newRow("argon2id 1025 MiB") << argon2(3, 1025, 4) << QStringList{u"1025"_s};
    QTest::newRow("argon2id 15 MiB") << argon2(3, 15, 4) << QStringList{u"15 MiB"_s, u"16 to 1024"_s};
    QTest::newRow("argon2id 1 iteration") << argon2(1, 64, 4) << QStringList{u"with 1 iterations"_s};
    QTest::newRow("argon2id 11 iterations") << argon2(11, 64, 4) << QStringList{u"11"_s, u"2 to 10"_s};
    QTest::newRow("argon2id parallelism 0") << argon2(3, 64, 0) << QStringList{u"parallelism 0"_s};
    QTest::newRow("argon2id parallelism 17") << argon2(3, 64, 17) << QStringList{u"parallelism 17"_s};
    BitwardenExportWriter::Settings unknown = pbkdf2();
    unknown.kdfType = 2;
    QTest::newRow("unknown kdf type") << unknown << QStringList{u"type 2"_s};
}

void TestBitwardenJsonReader::kdfOutOfBounds()
{
    QFETCH(BitwardenExportWriter::Settings, settings);
    QFETCH(QStringList, mentioned);
    settings.randomKey = true; // the writer never derives these settings, and neither may the reader
    const QByteArray file = BitwardenExportWriter::write(personalExport(), "pw", settings);
    QVERIFY(!file.isEmpty());
    const auto result = readBytes(file, "pw");
    QVERIFY(!result);
    QCOMPARE(result.error().kind, VaultError::Kind::KdfOutOfBounds);
    for (const QString &text : mentioned) {
        QVERIFY2(result.error().message.contains(text), qPrintable(result.error().message));
    }
    // Refused before the password is even needed.
    const auto withoutPassword = readBytes(file);
    QVERIFY(!withoutPassword);
    QCOMPARE(withoutPassword.error().kind, VaultError::Kind::KdfOutOfBounds);
}

void TestBitwardenJsonReader::passwordRequired_data()
{
    QTest::addColumn<QByteArray>("password");
    QTest::newRow("none") << QByteArray();
    QTest::newRow("empty") << ""_ba;
}

void TestBitwardenJsonReader::passwordRequired()
{
    QFETCH(QByteArray, password);
    const auto result = readBytes(protectedExport(), password);
    QVERIFY(!result);
    QCOMPARE(result.error().kind, VaultError::Kind::PasswordRequired);
}

void TestBitwardenJsonReader::cancel_data()
{
    QTest::addColumn<bool>("encrypted");
    QTest::addColumn<int>("cancelAt");
    QTest::newRow("before start") << true << -1;
    QTest::newRow("before the KDF") << true << 2;
    QTest::newRow("after the KDF") << true << 80;
    QTest::newRow("after decrypting") << true << 86;
    QTest::newRow("while reading items") << true << 92;
    QTest::newRow("plain while reading items") << false << 30;
}

void TestBitwardenJsonReader::cancel()
{
    QFETCH(bool, encrypted);
    QFETCH(int, cancelAt);
    std::atomic_bool stop = cancelAt < 0;
    VaultReadOptions options;
    options.cancel = &stop;
    int last = -1;
    options.progress = [&](int percent) {
        last = percent;
        if (percent >= cancelAt) {
            stop = true;
        }
    };
    const auto result = encrypted ? readBytes(protectedExport(), passwordCanary, options)
                                  : readBytes(personalExport(), QByteArray(), options);
    QVERIFY(!result);
    QCOMPARE(result.error().kind, VaultError::Kind::Cancelled);
    QVERIFY(last < 100);
}

void TestBitwardenJsonReader::progressRises()
{
    QList<int> seen;
    VaultReadOptions options;
    options.progress = [&](int percent) {
        seen.append(percent);
    };
    QVERIFY(readBytes(protectedExport(), passwordCanary, options));
    QVERIFY(seen.size() > 3);
    QCOMPARE(seen.first(), 0);
    QCOMPARE(seen.last(), 100);
    for (qsizetype i = 1; i < seen.size(); ++i) {
        QVERIFY(seen.at(i) > seen.at(i - 1));
    }
}

void TestBitwardenJsonReader::accountRestricted()
{
    const QByteArray file = R"({"encrypted": true, "encKeyValidation_DO_NOT_EDIT": "2.AAAA|BBBB|CCCC",
        "folders": [], "items": [{"id": "x", "type": 1, "name": "2.AAAA|BBBB|CCCC"}]})"_ba;
    QCOMPARE(VaultReader::detect(file), VaultFormat::BitwardenAccountRestricted);
    const auto result = readBytes(file, "pw");
    QVERIFY(!result);
    QCOMPARE(result.error().kind, VaultError::Kind::AccountRestricted);
    QVERIFY(result.error().message.contains(u"File > Export vault"_s));
    QVERIFY(result.error().message.contains(u"\"Password protected\""_s));
}

void TestBitwardenJsonReader::malformed_data()
{
    QTest::addColumn<QByteArray>("file");
    QTest::addColumn<QString>("mentioned");
    const QByteArray good = protectedExport();
    QTest::newRow("truncated") << R"({"encrypted": false, "items": [)"_ba << u"line 1"_s;
    QTest::newRow("error on line 3") << "{\n\"items\": [\n}"_ba << u"line 3"_s;
    QTest::newRow("array") << "[]"_ba << u"not a JSON object"_s;
    QTest::newRow("no items") << R"({"encrypted": false, "folders": []})"_ba << u"no list of items"_s;
    QTest::newRow("items not a list") << R"({"items": 5})"_ba << u"no list of items"_s;
    QTest::newRow("no salt") << withMember(good, u"salt"_s, QJsonValue()) << u"\"salt\""_s;
    QTest::newRow("validation type 0")
        << withMember(good, u"encKeyValidation_DO_NOT_EDIT"_s, u"0.AAAA|BBBB"_s)
        << u"encKeyValidation_DO_NOT_EDIT"_s;
    QTest::newRow("data not base64") << withMember(good, u"data"_s, u"2.%%%|%%%|%%%"_s) << u"\"data\""_s;
    QTest::newRow("data short iv") << withMember(good, u"data"_s, u"2.AAAA|AAAAAAAAAAAAAAAAAAAAAA==|AAAA"_s)
                                   << u"\"data\""_s;
    QTest::newRow("inner not JSON") << BitwardenExportWriter::write(valueCanary, passwordCanary, pbkdf2())
                                    << u"decrypted content"_s;
    QTest::newRow("inner encrypted again")
        << BitwardenExportWriter::write(R"({"encrypted": true, "items": []})", passwordCanary, pbkdf2())
        << u"itself encrypted"_s;
}

void TestBitwardenJsonReader::malformed()
{
    QFETCH(QByteArray, file);
    QFETCH(QString, mentioned);
    const auto result = readBytes(file, passwordCanary);
    QVERIFY(!result);
    QCOMPARE(result.error().kind, VaultError::Kind::Corrupt);
    QVERIFY2(result.error().message.contains(mentioned), qPrintable(result.error().message));
    QVERIFY(result.error().message.contains(u"export.json"_s));
}

// No message of any failure, nor any warning, holds the password or a value, in any encoding.
void TestBitwardenJsonReader::messagesHoldNoSecret()
{
    const QByteArray good = protectedExport();
    QList<QByteArray> files{
        good,
        withFlippedByte(good, 1),
        withMember(good, u"kdfIterations"_s, 1e9),
        withMember(good, u"data"_s, QString::fromUtf8("2." + valueCanary)),
        BitwardenExportWriter::write(valueCanary, passwordCanary, pbkdf2()),
        BitwardenExportWriter::write("{\"items\": [\"" + valueCanary + "\"]}", passwordCanary, pbkdf2()),
        "{\"items\": [\"" + valueCanary + "\"], \"x\": " + valueCanary + "}",
        "{\"encrypted\": true, \"data\": \"" + valueCanary + "\"}",
    };
    QStringList texts;
    for (const QByteArray &file : std::as_const(files)) {
        for (const QByteArray &password : {QByteArray(), passwordCanary, passwordCanary + "x"}) {
            const auto result = readBytes(file, password);
            if (result) {
                texts += result->warnings;
            } else {
                texts.append(result.error().message);
            }
        }
    }
    QVERIFY(texts.size() >= 20);
    const QByteArray all = texts.join(u'\n').toUtf8();
    const QStringList hits = LeakSearch::searchLines(all, u"messages"_s, {passwordCanary, valueCanary});
    QVERIFY2(hits.isEmpty(), qPrintable(hits.join(u'\n')));
}

QTEST_GUILESS_MAIN(TestBitwardenJsonReader)
#include "tst_bitwardenjsonreader.moc"
