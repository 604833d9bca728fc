#include "core/schema/Derivation.h"
#include "core/schema/EnvTemplate.h"
#include "core/schema/VariableClassifier.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using Escaping = Derivation::Escaping;

namespace {

EnvTemplate parsed(const QByteArray &text)
{
    auto document = DotenvDocument::parse(text);
    if (!document) {
        qFatal("test template does not parse: %s", qPrintable(document.error().toString()));
    }
    return EnvTemplate::fromDocument(std::move(*document), u"test.env.example"_s);
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

} // namespace

class TestEnvTemplate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void annotations_data();
    void annotations();
    void inference_data();
    void inference();
    void placeholders_data();
    void placeholders();
    void derivation_data();
    void derivation();
    void apply_data();
    void apply();
    void demoProject();
    void duplicateKeyKeepsFirstPositionLastValue();
    void findIn_data();
    void findIn();
    void loadErrors_data();
    void loadErrors();
    void loadReadsFile();
};

void TestEnvTemplate::annotations_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("key");
    QTest::addColumn<VariableKind>("kind");
    QTest::addColumn<bool>("sensitive");
    QTest::addColumn<bool>("required");
    QTest::addColumn<QString>("profile"); // empty when not Generate
    QTest::addColumn<QString>("description");
    QTest::addColumn<QString>("secretReference");
    QTest::addColumn<int>("rotateDays");
    QTest::addColumn<VariableSpec::Regenerate>("regenerate");

    using R = VariableSpec::Regenerate;
    QTest::newRow("generate and description")
        << "# Signing key for session cookies\n# @sensitive @generate=base64url(32)\nSESSION_SECRET=\n"_ba
        << u"SESSION_SECRET"_s << VariableKind::Generate << true << true << u"base64url(32)"_s
        << u"Signing key for session cookies"_s << QString() << 0 << R::IfEmpty;
    QTest::newRow("generate overrides name inference")
        << "# @generate=hex(16)\nPORT=\n"_ba << u"PORT"_s << VariableKind::Generate << true << true
        << u"hex(16)"_s << QString() << QString() << 0 << R::IfEmpty;
    QTest::newRow("alnum, regenerate never, rotate")
        << "# Postgres password\n# @sensitive @generate=alnum(24) @regenerate=never @rotate=90d\nPOSTGRES_PASSWORD=\n"_ba
        << u"POSTGRES_PASSWORD"_s << VariableKind::Generate << true << true << u"alnum(24)"_s
        << u"Postgres password"_s << QString() << 90 << R::Never;
    QTest::newRow("op reference")
        << "# Shared team credential\n# @sensitive\nSTRIPE_SECRET_KEY=op://Team/Stripe test/secret key\n"_ba
        << u"STRIPE_SECRET_KEY"_s << VariableKind::ThirdPartySecret << true << true << QString()
        << u"Shared team credential"_s << u"op://Team/Stripe test/secret key"_s << 0 << R::IfEmpty;
    QTest::newRow("op reference with section")
        << "APP_TOKEN=op://vault/item/section/field\n"_ba << u"APP_TOKEN"_s << VariableKind::ThirdPartySecret
        << true << true << QString() << QString() << u"op://vault/item/section/field"_s << 0 << R::IfEmpty;
    QTest::newRow("optional, unknown decorators ignored")
        << "# @optional @example=https://hooks.slack.com/services/T000/B000/XXX "
           "@docs(https://api.slack.com/x y)\n"
           "SLACK_WEBHOOK_URL=\n"_ba
        << u"SLACK_WEBHOOK_URL"_s << VariableKind::Config << false << false << QString() << QString()
        << QString() << 0 << R::IfEmpty;
    QTest::newRow("sensitive config becomes third-party")
        << "# @sensitive\nLICENSE_SERVER_URL=\n"_ba << u"LICENSE_SERVER_URL"_s
        << VariableKind::ThirdPartySecret << true << true << QString() << QString() << QString() << 0
        << R::IfEmpty;
    QTest::newRow("blank line detaches")
        << "# @generate=hex(8)\n\nAPP_PORT=3000\n"_ba << u"APP_PORT"_s << VariableKind::Config << false
        << true << QString() << QString() << QString() << 0 << R::IfEmpty;
    QTest::newRow("--- detaches (header block)")
        << "# @defaultRequired=true @defaultSensitive=false\n# Header text\n# ---\n# Port\nAPP_PORT=3000\n"_ba
        << u"APP_PORT"_s << VariableKind::Config << false << true << QString() << u"Port"_s << QString() << 0
        << R::IfEmpty;
    QTest::newRow("decorator not at line start is description")
        << "# Uses @generate=hex(8) style\nAPP_PORT=3000\n"_ba << u"APP_PORT"_s << VariableKind::Config
        << false << true << QString() << u"Uses @generate=hex(8) style"_s << QString() << 0 << R::IfEmpty;
    QTest::newRow("bare @generate uses the comment hint")
        << "# openssl rand -hex 24\n# @generate\nPORT=\n"_ba << u"PORT"_s << VariableKind::Generate << true
        << true << u"hex(24)"_s << u"openssl rand -hex 24"_s << QString() << 0 << R::IfEmpty;
    QTest::newRow("unknown profile falls back to inference")
        << "# @generate=rot13(5)\nJWT_SECRET=\n"_ba << u"JWT_SECRET"_s << VariableKind::Generate << true
        << true << u"base64url(64)"_s << QString() << QString() << 0 << R::IfEmpty;
    QTest::newRow("multi-line description, @public")
        << "# First line\n#   second line\n# @public\nGITHUB_CLIENT_ID=\n"_ba << u"GITHUB_CLIENT_ID"_s
        << VariableKind::Config << false << true << QString() << u"First line\nsecond line"_s << QString()
        << 0 << R::IfEmpty;
}

void TestEnvTemplate::annotations()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, key);
    const EnvTemplate t = parsed(text);
    const VariableSpec *spec = t.variable(key);
    QVERIFY(spec);
    QTEST(spec->kind, "kind");
    QTEST(spec->sensitive, "sensitive");
    QTEST(spec->required, "required");
    QFETCH(QString, profile);
    if (!profile.isEmpty()) {
        QCOMPARE(spec->profile.toString(), profile);
        QVERIFY(!spec->profileReason.isEmpty());
    }
    QTEST(spec->description, "description");
    QTEST(spec->secretReference, "secretReference");
    QTEST(spec->rotateDays, "rotateDays");
    QTEST(spec->regenerate, "regenerate");
    QVERIFY(!spec->kindReason.isEmpty());
}

void TestEnvTemplate::inference_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("key");
    QTest::addColumn<VariableKind>("kind");
    QTest::addColumn<QString>("service");
    QTest::addColumn<QString>("profile"); // for Generate
    QTest::addColumn<bool>("sensitive");

    const auto K = [](VariableKind k) {
        return k;
    };
    const VariableKind G = K(VariableKind::Generate), T = K(VariableKind::ThirdPartySecret),
                       C = K(VariableKind::Config);
    QTest::newRow("plain config") << "PORT=3000\n"_ba << u"PORT"_s << C << QString() << QString() << false;
    QTest::newRow("url config") << "APP_URL=http://localhost\n"_ba << u"APP_URL"_s << C << QString()
                                << QString() << false;
    QTest::newRow("jwt default 64 bytes")
        << "JWT_SECRET=\n"_ba << u"JWT_SECRET"_s << G << QString() << u"base64url(64)"_s << true;
    QTest::newRow("session default 64 bytes") << "SESSION_SECRET=changeme\n"_ba << u"SESSION_SECRET"_s << G
                                              << QString() << u"base64url(64)"_s << true;
    QTest::newRow("generic default 32 bytes")
        << "ENCRYPTION_KEY=\n"_ba << u"ENCRYPTION_KEY"_s << G << QString() << u"base64url(32)"_s << true;
    QTest::newRow("salt") << "HASH_SALT=your_salt_here\n"_ba << u"HASH_SALT"_s << G << QString()
                          << u"base64url(32)"_s << true;
    QTest::newRow("hint hex") << "# Generate with `openssl rand -hex 32`\nSECRET_KEY=\n"_ba << u"SECRET_KEY"_s
                              << G << QString() << u"hex(32)"_s << true;
    QTest::newRow("hint base64") << "# openssl rand -base64 48\nAUTH_SECRET=xxx\n"_ba << u"AUTH_SECRET"_s << G
                                 << QString() << u"base64(48)"_s << true;
    QTest::newRow("hint inline") << "NEXTAUTH_SECRET= # Linux: `openssl rand -hex 16`\n"_ba
                                 << u"NEXTAUTH_SECRET"_s << G << QString() << u"hex(16)"_s << true;
    QTest::newRow("hint characters") << "# A random string of at least 40 characters\nCRON_SECRET=\n"_ba
                                     << u"CRON_SECRET"_s << G << QString() << u"alnum(40)"_s << true;
    QTest::newRow("stray small number is no length")
        << "# Up to 3 characters of prefix are shown in logs\nCRON_SECRET=\n"_ba << u"CRON_SECRET"_s << G
        << QString() << u"base64url(32)"_s << true;
    QTest::newRow("hint alphabet")
        << "# Please use only the characters `A-Za-z0-9`\nDB_PASSWORD=postgres\n"_ba << u"DB_PASSWORD"_s << G
        << QString() << u"alnum(32)"_s << true;
    QTest::newRow("laravel APP_KEY") << "APP_KEY=\n"_ba << u"APP_KEY"_s << G << QString()
                                     << u"laravel_key()"_s << true;
    QTest::newRow("laravel base64: value") << "ENCRYPTION_KEY=base64:abc\n"_ba << u"ENCRYPTION_KEY"_s << G
                                           << QString() << u"laravel_key()"_s << true;
    QTest::newRow("password default alnum")
        << "POSTGRES_PASSWORD=\n"_ba << u"POSTGRES_PASSWORD"_s << G << QString() << u"alnum(32)"_s << true;
    QTest::newRow("hex sample") << "INTERNAL_SECRET=6c1fe4e407b8911c104518103505b218\n"_ba // gitleaks:allow
                                << u"INTERNAL_SECRET"_s << G << QString() << u"hex(16)"_s << true;
    QTest::newRow("alnum sample, at least 32")
        << "ADMIN_PASSWORD=uWNZugjBqixf8dxC\n"_ba // gitleaks:allow
        << u"ADMIN_PASSWORD"_s << G << QString() << u"alnum(32)"_s << true;
    QTest::newRow("token sample keeps its length")
        << "SECRET_KEY_BASE=UpNVntn3cDxHJpq99YMc1T1AQgQpc8kfYTuRgBiYa15BLrx8etQoXz3gZv1/u2oq\n"_ba // gitleaks:allow
        << u"SECRET_KEY_BASE"_s << G << QString() << u"base64url(48)"_s << true;
    QTest::newRow("openai") << "OPENAI_API_KEY=sk-your-key-here\n"_ba << u"OPENAI_API_KEY"_s << T
                            << u"OpenAI"_s << QString() << true;
    QTest::newRow("anthropic") << "ANTHROPIC_API_KEY=\n"_ba << u"ANTHROPIC_API_KEY"_s << T << u"Anthropic"_s
                               << QString() << true;
    QTest::newRow("stripe secret") << "STRIPE_SECRET_KEY=sk_test_xxx\n"_ba << u"STRIPE_SECRET_KEY"_s << T
                                   << u"Stripe"_s << QString() << true;
    QTest::newRow("stripe webhook is issued") << "STRIPE_WEBHOOK_SECRET=\n"_ba << u"STRIPE_WEBHOOK_SECRET"_s
                                              << T << u"Stripe"_s << QString() << true;
    QTest::newRow("github webhook is self-chosen")
        << "GITHUB_WEBHOOK_SECRET=\n"_ba << u"GITHUB_WEBHOOK_SECRET"_s << G << QString() << u"base64url(32)"_s
        << true;
    QTest::newRow("aws key id") << "AWS_ACCESS_KEY_ID=\n"_ba << u"AWS_ACCESS_KEY_ID"_s << T << u"AWS"_s
                                << QString() << true;
    QTest::newRow("sendgrid") << "SENDGRID_API_KEY=\n"_ba << u"SENDGRID_API_KEY"_s << T << u"SendGrid"_s
                              << QString() << true;
    QTest::newRow("twilio") << "TWILIO_AUTH_TOKEN=\n"_ba << u"TWILIO_AUTH_TOKEN"_s << T << u"Twilio"_s
                            << QString() << true;
    QTest::newRow("unknown api key") << "ACME_API_KEY=\n"_ba << u"ACME_API_KEY"_s << T << QString()
                                     << QString() << true;
    QTest::newRow("client secret") << "OIDC_CLIENT_SECRET=\n"_ba << u"OIDC_CLIENT_SECRET"_s << T
                                   << u"OpenID Connect"_s << QString() << true;
    QTest::newRow("empty client id is config")
        << "GOOGLE_CLIENT_ID=\n"_ba << u"GOOGLE_CLIENT_ID"_s << C << QString() << QString() << false;
    QTest::newRow("placeholder client id is asked for")
        << "GITHUB_CLIENT_ID=your_github_client_id\n"_ba << u"GITHUB_CLIENT_ID"_s << T << u"GitHub"_s
        << QString() << false;
    QTest::newRow("sentry dsn") << "SENTRY_DSN=\n"_ba << u"SENTRY_DSN"_s << C << u"Sentry"_s << QString()
                                << false;
    QTest::newRow("publishable key") << "STRIPE_PUBLISHABLE_KEY=pk_test_xxx\n"_ba
                                     << u"STRIPE_PUBLISHABLE_KEY"_s << C << u"Stripe"_s << QString() << false;
    QTest::newRow("next public") << "NEXT_PUBLIC_POSTHOG_KEY=\n"_ba << u"NEXT_PUBLIC_POSTHOG_KEY"_s << C
                                 << u"PostHog"_s << QString() << false;
    QTest::newRow("setting about a secret")
        << "JWT_EXPIRES=3600\n"_ba << u"JWT_EXPIRES"_s << C << QString() << QString() << false;
    QTest::newRow("token flag") << "REFRESH_TOKEN_ROTATION=true\n"_ba << u"REFRESH_TOKEN_ROTATION"_s << C
                                << QString() << QString() << false;
    QTest::newRow("key path") << "KEY_PATH=./cert/key.pem\n"_ba << u"KEY_PATH"_s << C << QString()
                              << QString() << false;
    QTest::newRow("null password") << "REDIS_PASSWORD=null\n"_ba << u"REDIS_PASSWORD"_s << C << QString()
                                   << QString() << false;
    QTest::newRow("empty db password of an existing db")
        << "DB_PASSWORD=\n"_ba << u"DB_PASSWORD"_s << C << QString() << QString() << false;
    QTest::newRow("smtp password") << "SMTP_HOST=smtp.sendgrid.net\nSMTP_PASSWORD=\n"_ba << u"SMTP_PASSWORD"_s
                                   << T << u"SMTP server"_s << QString() << true;
    QTest::newRow("smtp password of a local catcher")
        << "SMTP_HOST=mailhog\nSMTP_PORT=1025\nSMTP_PASSWORD=\n"_ba << u"SMTP_PASSWORD"_s << C << QString()
        << QString() << false;
    QTest::newRow("minio makes S3 keys ours")
        << "MINIO_ROOT_USER=admin\nS3_ACCESS_KEY_ID=\nS3_SECRET_ACCESS_KEY=\n"_ba << u"S3_SECRET_ACCESS_KEY"_s
        << G << QString() << u"base64url(32)"_s << true;
    QTest::newRow("url with outside credentials") << "EMAIL_SERVER=smtp://user:pass@smtp.example.com:587\n"_ba
                                                  << u"EMAIL_SERVER"_s << T << QString() << QString() << true;
    QTest::newRow("local url with dev credentials")
        << "DATABASE_URL=postgres://user:pass@postgres:5432/app\n"_ba << u"DATABASE_URL"_s << C << QString()
        << QString() << false;
}

void TestEnvTemplate::inference()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, key);
    QFETCH(VariableKind, kind);
    const EnvTemplate t = parsed(text);
    const VariableSpec *spec = t.variable(key);
    QVERIFY(spec);
    QCOMPARE(spec->kind, kind);
    QTEST(spec->service, "service");
    QTEST(spec->sensitive, "sensitive");
    QVERIFY2(!spec->kindReason.isEmpty(), "every verdict says why");
    QFETCH(QString, profile);
    if (kind == VariableKind::Generate) {
        QCOMPARE(spec->profile.toString(), profile);
        QVERIFY(!spec->profileReason.isEmpty());
    }
}

void TestEnvTemplate::placeholders_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<bool>("placeholder");
    for (const char *p :
         {"", "changeme", "CHANGE_ME", "your_api_key_here", "your-secret", "<your key>", "xxx", "XXXXXXXX",
          "...", "replace_me", "secret", "sk-your-key-here", "!!!SET DJANGO_SECRET_KEY!!!",
          "api_key_from_algolia_dashboard", "tobemodified", "generate_a_new_key"}) {
        QTest::newRow(p[0] ? p : "empty") << QByteArray(p) << true;
    }
    for (const char *p : {"3000", "development", "http://localhost:3000", "postgres", "debug",
                          "6c1fe4e407b8911c104518103505b218"}) { // gitleaks:allow
        QTest::newRow(p) << QByteArray(p) << false;
    }
}

void TestEnvTemplate::placeholders()
{
    QFETCH(QByteArray, value);
    QTEST(VariableClassifier::isPlaceholder(value), "placeholder");
}

void TestEnvTemplate::derivation_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("source");
    QTest::addColumn<QByteArray>("prefix");
    QTest::addColumn<QByteArray>("suffix");
    QTest::addColumn<Escaping>("escaping");

    QTest::newRow("url password equals generated value")
        << "DB_PASSWORD=changeme\nDATABASE_URL=postgres://acme:changeme@localhost:5432/acme_orders\n"_ba
        << u"DATABASE_URL"_s << u"DB_PASSWORD"_s << "postgres://acme:"_ba
        << "@localhost:5432/acme_orders"_ba << Escaping::UrlUserinfo;
    QTest::newRow("url password after the url")
        << "REDIS_URL=redis://:hunter2hunter2@redis:6379/0\nREDIS_PASSWORD=hunter2hunter2\n"_ba // gitleaks:allow
        << u"REDIS_URL"_s << u"REDIS_PASSWORD"_s << "redis://:"_ba
        << "@redis:6379/0"_ba << Escaping::UrlUserinfo;
    QTest::newRow("reference in userinfo")
        << "POSTGRES_USER=app\nPOSTGRES_PASSWORD=\nDB_URL=postgres://${POSTGRES_USER}:${POSTGRES_PASSWORD}@db/app\n"_ba
        << u"DB_URL"_s << u"POSTGRES_PASSWORD"_s << "postgres://app:"_ba
        << "@db/app"_ba << Escaping::UrlUserinfo;
    QTest::newRow("plain reference") << "APP_NAME=Acme\nMAIL_FROM_NAME=\"${APP_NAME}\"\n"_ba
                                     << u"MAIL_FROM_NAME"_s << u"APP_NAME"_s << QByteArray() << QByteArray()
                                     << Escaping::None;
    QTest::newRow("bare $VAR with text") << "DOMAIN=example.org\nSITE_URL=https://$DOMAIN/app\n"_ba
                                         << u"SITE_URL"_s << u"DOMAIN"_s << "https://"_ba
                                         << "/app"_ba << Escaping::None;
    QTest::newRow("comment says same as")
        << "WEBAPP_URL=http://localhost:3000\n# Should be the same as WEBAPP_URL\nNEXTAUTH_URL=http://localhost:3000\n"_ba
        << u"NEXTAUTH_URL"_s << u"WEBAPP_URL"_s << QByteArray() << QByteArray() << Escaping::None;
    QTest::newRow("copy of a url with credentials")
        << "DATABASE_URL=postgres://u:p@db:5432/x\nDIRECT_URL=postgres://u:p@db:5432/x\n"_ba // gitleaks:allow
        << u"DIRECT_URL"_s << u"DATABASE_URL"_s << QByteArray() << QByteArray() << Escaping::None;
}

void TestEnvTemplate::derivation()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, key);
    const EnvTemplate t = parsed(text);
    const VariableSpec *spec = t.variable(key);
    QVERIFY(spec);
    QCOMPARE(spec->kind, VariableKind::Derived);
    QVERIFY(spec->derivation.isValid());
    QTEST(spec->derivation.source, "source");
    QTEST(spec->derivation.prefix, "prefix");
    QTEST(spec->derivation.suffix, "suffix");
    QTEST(spec->derivation.escaping, "escaping");
    const VariableSpec *source = t.variable(spec->derivation.source);
    QVERIFY(source);
    QCOMPARE(spec->sensitive, source->sensitive);
}

void TestEnvTemplate::apply_data()
{
    QTest::addColumn<Escaping>("escaping");
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<QByteArray>("expected");

    const QByteArray pre = "postgres://acme:", post = "@localhost:5432/acme";
    QTest::newRow("plain") << Escaping::UrlUserinfo << "Abc123-._~"_ba << pre + "Abc123-._~" + post;
    QTest::newRow("@ : / %") << Escaping::UrlUserinfo << "p@ss:w/rd%"_ba << pre + "p%40ss%3Aw%2Frd%25" + post;
    QTest::newRow("base64 alphabet") << Escaping::UrlUserinfo << "ab+/cd=="_ba
                                     << pre + "ab%2B%2Fcd%3D%3D" + post;
    QTest::newRow("sub-delims encoded too")
        << Escaping::UrlUserinfo << "!$&'()*+,;="_ba << pre + "%21%24%26%27%28%29%2A%2B%2C%3B%3D" + post;
    QTest::newRow("? # [ ] space") << Escaping::UrlUserinfo << "a?b#c[d] e"_ba
                                   << pre + "a%3Fb%23c%5Bd%5D%20e" + post;
    QTest::newRow("utf-8 bytes") << Escaping::UrlUserinfo << "\xc3\xa9"_ba << pre + "%C3%A9" + post;
    QTest::newRow("none keeps bytes") << Escaping::None << "p@ss:w/rd%"_ba << pre + "p@ss:w/rd%" + post;
}

void TestEnvTemplate::apply()
{
    QFETCH(Escaping, escaping);
    QFETCH(QByteArray, value);
    Derivation d;
    d.source = u"DB_PASSWORD"_s;
    d.prefix = "postgres://acme:";
    d.suffix = "@localhost:5432/acme";
    d.escaping = escaping;
    QTEST(d.apply(value), "expected");
}

void TestEnvTemplate::demoProject()
{
    const QString path = QStringLiteral(ENVSMITH_SOURCE_DIR "/resources/demo/env.example");
    auto loaded = EnvTemplate::load(path);
    QVERIFY2(loaded, qPrintable(loaded ? QString() : loaded.error()));
    const EnvTemplate &t = *loaded;
    const auto spec = [&t](const char *name) {
        const VariableSpec *s = t.variable(QString::fromLatin1(name));
        if (!s) {
            qFatal("demo template lacks %s", name);
        }
        return *s;
    };
    QCOMPARE(t.variables().size(), 9);
    QCOMPARE(spec("PORT").kind, VariableKind::Config);
    QCOMPARE(spec("PORT").templateValue, "3000"_ba);
    QCOMPARE(spec("PORT").description, u"Port the HTTP server listens on"_s);
    QCOMPARE(spec("NODE_ENV").kind, VariableKind::Config);
    QCOMPARE(spec("LOG_LEVEL").kind, VariableKind::Config);

    const VariableSpec db = spec("DB_PASSWORD");
    QCOMPARE(db.kind, VariableKind::Generate);
    QCOMPARE(db.profile.toString(), u"base64(32)"_s);
    QCOMPARE(db.profileReason, u"comment: openssl rand -base64 32"_s);
    QVERIFY(db.placeholder);
    QVERIFY(db.sensitive);

    const VariableSpec url = spec("DATABASE_URL");
    QCOMPARE(url.kind, VariableKind::Derived);
    QCOMPARE(url.derivation.source, u"DB_PASSWORD"_s);
    QCOMPARE(url.derivation.escaping, Escaping::UrlUserinfo);
    QCOMPARE(url.derivation.apply("a/b+c="),
             "postgres://acme:a%2Fb%2Bc%3D@localhost:5432/acme_orders"_ba); // gitleaks:allow
    QVERIFY(url.sensitive);

    const VariableSpec jwt = spec("JWT_SECRET");
    QCOMPARE(jwt.kind, VariableKind::Generate);
    QCOMPARE(jwt.profile.toString(), u"hex(64)"_s);

    const VariableSpec openai = spec("OPENAI_API_KEY");
    QCOMPARE(openai.kind, VariableKind::ThirdPartySecret);
    QCOMPARE(openai.service, u"OpenAI"_s);
    QVERIFY(openai.placeholder);

    const VariableSpec clientId = spec("GITHUB_CLIENT_ID");
    QCOMPARE(clientId.kind, VariableKind::ThirdPartySecret);
    QCOMPARE(clientId.service, u"GitHub"_s);
    QVERIFY(!clientId.sensitive);
    const VariableSpec clientSecret = spec("GITHUB_CLIENT_SECRET");
    QCOMPARE(clientSecret.kind, VariableKind::ThirdPartySecret);
    QCOMPARE(clientSecret.service, u"GitHub"_s);
    QVERIFY(clientSecret.sensitive);
    QCOMPARE(clientSecret.line, 25);
}

void TestEnvTemplate::duplicateKeyKeepsFirstPositionLastValue()
{
    const EnvTemplate t = parsed("A=1\nB=2\nA=3\n"_ba);
    QCOMPARE(t.variables().size(), 2);
    QCOMPARE(t.variables().at(0).name, u"A"_s);
    QCOMPARE(t.variables().at(0).templateValue, "3"_ba);
    QCOMPARE(t.variables().at(0).line, 3);
}

void TestEnvTemplate::findIn_data()
{
    QTest::addColumn<QStringList>("files");
    QTest::addColumn<QStringList>("directories");
    QTest::addColumn<QString>("expected");

    QTest::newRow("none") << QStringList() << QStringList() << QString();
    QTest::newRow("example") << QStringList{u".env.example"_s} << QStringList() << u".env.example"_s;
    QTest::newRow("example preferred over sample")
        << QStringList{u".env.sample"_s, u".env.example"_s} << QStringList() << u".env.example"_s;
    QTest::newRow("sample over template")
        << QStringList{u".env.template"_s, u".env.sample"_s} << QStringList() << u".env.sample"_s;
    QTest::newRow("dist") << QStringList{u".env.dist"_s} << QStringList() << u".env.dist"_s;
    QTest::newRow("directory skipped")
        << QStringList{u".env.sample"_s} << QStringList{u".env.example"_s} << u".env.sample"_s;
    QTest::newRow(".env alone is no template") << QStringList{u".env"_s} << QStringList() << QString();
}

void TestEnvTemplate::findIn()
{
    QFETCH(QStringList, files);
    QFETCH(QStringList, directories);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    for (const QString &name : files) {
        QVERIFY(writeFile(dir.filePath(name), "A=1\n"));
    }
    for (const QString &name : directories) {
        QVERIFY(QDir(dir.path()).mkdir(name));
    }
    const QString found = EnvTemplate::findIn(QDir(dir.path()));
    QCOMPARE(found, expected.isEmpty() ? QString() : QFileInfo(dir.filePath(expected)).absoluteFilePath());
    // The order is the documented preference.
    const QStringList names = EnvTemplate::candidateFileNames();
    QCOMPARE(names.mid(0, 4),
             (QStringList{u".env.example"_s, u".env.sample"_s, u".env.template"_s, u".env.dist"_s}));
}

void TestEnvTemplate::loadErrors_data()
{
    QTest::addColumn<QString>("what"); // missing | directory | file
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QStringList>("mustContain");

    QTest::newRow("missing") << u"missing"_s << QByteArray() << QStringList{u"does not exist"_s};
    QTest::newRow("directory") << u"directory"_s << QByteArray() << QStringList{u"folder"_s};
    QTest::newRow("unclosed quote on line 3")
        << u"file"_s << "PORT=3000\n# comment\nAPI_TOKEN=\"s3cr3t-do-not-log\n"_ba
        << QStringList{u"line 3"_s};
    QTest::newRow("NUL byte on line 2")
        << u"file"_s << "PORT=3000\nSECRET=ab\0cd\n"_ba << QStringList{u"line 2"_s};
}

void TestEnvTemplate::loadErrors()
{
    QFETCH(QString, what);
    QFETCH(QByteArray, content);
    QFETCH(QStringList, mustContain);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u".env.example"_s);
    if (what == u"directory") {
        QVERIFY(QDir(dir.path()).mkdir(u".env.example"_s));
    } else if (what == u"file") {
        QVERIFY(writeFile(path, content));
    }
    const auto loaded = EnvTemplate::load(path);
    QVERIFY(!loaded);
    const QString message = loaded.error();
    QVERIFY2(message.contains(QDir::toNativeSeparators(path)), qPrintable(message));
    for (const QString &part : mustContain) {
        QVERIFY2(message.contains(part), qPrintable(message));
    }
    // Secrets discipline: no value from the file in the message.
    QVERIFY2(!message.contains(u"s3cr3t"_s), qPrintable(message));
    QVERIFY2(!message.contains(u"ab"_s + QChar(0)), "message holds file bytes");
}

void TestEnvTemplate::loadReadsFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u".env.example"_s);
    const QByteArray bytes = "\xef\xbb\xbf# Port\r\nPORT=3000\r\nexport JWT_SECRET=\r\n"_ba;
    QVERIFY(writeFile(path, bytes));
    const auto loaded = EnvTemplate::load(path);
    QVERIFY2(loaded, qPrintable(loaded ? QString() : loaded.error()));
    QCOMPARE(loaded->path(), QFileInfo(path).absoluteFilePath());
    QCOMPARE(loaded->document().toBytes(), bytes);
    QCOMPARE(loaded->variables().size(), 2);
    QCOMPARE(loaded->variable(u"PORT")->description, u"Port"_s);
    QCOMPARE(loaded->variable(u"JWT_SECRET")->kind, VariableKind::Generate);
    QCOMPARE(loaded->variable(u"JWT_SECRET")->line, 3);
    QVERIFY(!loaded->variable(u"MISSING"));
}

QTEST_GUILESS_MAIN(TestEnvTemplate)
#include "tst_envtemplate.moc"
