#include "core/schema/VariableClassifier.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

#include <algorithm>
#include <initializer_list>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("VariableClassifier", text);
}

struct ServiceEntry
{
    const char *segment;
    const char *name;
};

// Name segments that identify an outside service, with the name shown to the user.
constexpr ServiceEntry kServices[] = {
    {"OPENAI", "OpenAI"},
    {"ANTHROPIC", "Anthropic"},
    {"CLAUDE", "Anthropic"},
    {"STRIPE", "Stripe"},
    {"GITHUB", "GitHub"},
    {"GITLAB", "GitLab"},
    {"BITBUCKET", "Bitbucket"},
    {"GOOGLE", "Google"},
    {"GCP", "Google Cloud"},
    {"GEMINI", "Google Gemini"},
    {"AWS", "AWS"},
    {"SES", "Amazon SES"},
    {"S3", "Amazon S3"},
    {"AZURE", "Azure"},
    {"AZUREAD", "Azure AD"},
    {"MICROSOFT", "Microsoft"},
    {"APPLE", "Apple"},
    {"FACEBOOK", "Facebook"},
    {"FB", "Facebook"},
    {"TWITTER", "Twitter"},
    {"TWITCH", "Twitch"},
    {"DISCORD", "Discord"},
    {"SLACK", "Slack"},
    {"LINEAR", "Linear"},
    {"FIGMA", "Figma"},
    {"NOTION", "Notion"},
    {"IFRAMELY", "Iframely"},
    {"SENDGRID", "SendGrid"},
    {"TWILIO", "Twilio"},
    {"MAILGUN", "Mailgun"},
    {"MAILJET", "Mailjet"},
    {"MANDRILL", "Mandrill"},
    {"POSTMARK", "Postmark"},
    {"BREVO", "Brevo"},
    {"SPARKPOST", "SparkPost"},
    {"RESEND", "Resend"},
    {"MAILCHANNELS", "MailChannels"},
    {"MAILCHIMP", "Mailchimp"},
    {"MAILERSEND", "MailerSend"},
    {"MAILTRAP", "Mailtrap"},
    {"INNGEST", "Inngest"},
    {"PLAIN", "Plain"},
    {"SENTRY", "Sentry"},
    {"AUTH0", "Auth0"},
    {"OKTA", "Okta"},
    {"CLERK", "Clerk"},
    {"WORKOS", "WorkOS"},
    {"KEYCLOAK", "Keycloak"},
    {"OIDC", "OpenID Connect"},
    {"LOGTO", "Logto"},
    {"ALGOLIA", "Algolia"},
    {"PAYPAL", "PayPal"},
    {"BRAINTREE", "Braintree"},
    {"PADDLE", "Paddle"},
    {"LEMONSQUEEZY", "Lemon Squeezy"},
    {"SHOPIFY", "Shopify"},
    {"PLAID", "Plaid"},
    {"HONEYBADGER", "Honeybadger"},
    {"HONEYCOMB", "Honeycomb"},
    {"DATADOG", "Datadog"},
    {"NEWRELIC", "New Relic"},
    {"ROLLBAR", "Rollbar"},
    {"BUGSNAG", "Bugsnag"},
    {"BUFFER", "Buffer"},
    {"CLOUDINARY", "Cloudinary"},
    {"HCTI", "HCTI"},
    {"FASTLY", "Fastly"},
    {"CLOUDFLARE", "Cloudflare"},
    {"PUSHER", "Pusher"},
    {"RECAPTCHA", "reCAPTCHA"},
    {"HCAPTCHA", "hCaptcha"},
    {"CAPTCHA", "CAPTCHA"},
    {"TURNSTILE", "Turnstile"},
    {"UNSPLASH", "Unsplash"},
    {"UNKEY", "Unkey"},
    {"KV", "Vercel KV"},
    {"VERCEL", "Vercel"},
    {"NETLIFY", "Netlify"},
    {"HEROKU", "Heroku"},
    {"SYNTH", "Synth"},
    {"KAKAO", "Kakao"},
    {"SPOTIFY", "Spotify"},
    {"LINKEDIN", "LinkedIn"},
    {"ZOOM", "Zoom"},
    {"MESSAGEBIRD", "MessageBird"},
    {"TEXTLOCAL", "Textlocal"},
    {"VONAGE", "Vonage"},
    {"NEXMO", "Vonage"},
    {"MATRIX", "Matrix"},
    {"PUSHBULLET", "Pushbullet"},
    {"PUSHOVER", "Pushover"},
    {"TELEGRAM", "Telegram"},
    {"LINENOTIFY", "LINE Notify"},
    {"DO", "DigitalOcean"},
    {"DIGITALOCEAN", "DigitalOcean"},
    {"DOCKER", "Docker Hub"},
    {"SUPABASE", "Supabase"},
    {"FIREBASE", "Firebase"},
    {"MISTRAL", "Mistral"},
    {"COHERE", "Cohere"},
    {"GROQ", "Groq"},
    {"HUGGINGFACE", "Hugging Face"},
    {"HF", "Hugging Face"},
    {"REPLICATE", "Replicate"},
    {"PERPLEXITY", "Perplexity"},
    {"DEEPSEEK", "DeepSeek"},
    {"OPENROUTER", "OpenRouter"},
    {"ELEVENLABS", "ElevenLabs"},
    {"DEEPGRAM", "Deepgram"},
    {"PINECONE", "Pinecone"},
    {"MAXMIND", "MaxMind"},
    {"MAPBOX", "Mapbox"},
    {"POSTHOG", "PostHog"},
    {"MIXPANEL", "Mixpanel"},
    {"SEGMENT", "Segment"},
    {"AMPLITUDE", "Amplitude"},
    {"UPSTASH", "Upstash"},
    {"INTERCOM", "Intercom"},
    {"ZENDESK", "Zendesk"},
    {"HUBSPOT", "HubSpot"},
    {"DROPBOX", "Dropbox"},
    {"TRELLO", "Trello"},
    {"AIRTABLE", "Airtable"},
    {"GHOST", "Ghost"},
    {"CONTENTFUL", "Contentful"},
    {"SANITY", "Sanity"},
    {"MUX", "Mux"},
    {"UPLOADTHING", "UploadThing"},
    {"STACK", "Stack Exchange"},
    {"PD", "PagerDuty"},
    {"PAGERDUTY", "PagerDuty"},
    {"OPSGENIE", "Opsgenie"},
};

// Services that issue the webhook signing secret themselves (Stripe's `whsec_...`); every other
// webhook or verify token is chosen by the app and pasted into the service, so it is generated.
constexpr const char *kIssuedWebhookServices[] = {"STRIPE", "CLERK", "RESEND", "LEMONSQUEEZY", "PADDLE"};
// Services whose keys are public by design (shipped to browsers).
constexpr const char *kPublicKeyServices[] = {"MAPBOX", "POSTHOG", "MIXPANEL", "SEGMENT", "AMPLITUDE",
                                              "PD",     "TRELLO",  "DROPBOX",  "STACK",   "GHOST"};
// Last name segments of settings that are never secrets themselves.
constexpr const char *kSettingSuffixes[] = {
    "URL",
    "URI",
    "PATH",
    "FILE",
    "DIR",
    "ID",
    "IDS",
    "NAME",
    "USER",
    "USERNAME",
    "HOST",
    "PORT",
    "ENABLED",
    "DISABLED",
    "ENABLE",
    "DISABLE",
    "REGION",
    "TIMEOUT",
    "INTERVAL",
    "TTL",
    "LENGTH",
    "PROVIDER",
    "STORAGE",
    "TRANSPORT",
    "ALGORITHM",
    "EXPIRY",
    "EXPIRES",
    "EXPIRATION",
    "LIFETIME",
    "TYPE",
    "MODE",
    "ISSUER",
    "AUDIENCE",
    "SERVICE",
    "METHOD",
    "ENDPOINT",
    "DOMAIN",
    "SELECTOR",
    "FORMAT",
    "VERSION",
    "PREFIX",
    "HEADER",
    "LIMIT",
    "EMAIL",
    "ADDRESS",
    "REQUIRE",
    "REQUIRED",
    "ROTATION",
    "CONFIRMATION",
    "INVITE",
    "RECOVERY",
    "CHANGE",
    "AUTHENTICATION",
    "DAYS",
    "HOURS",
    "SECONDS",
    "MINUTES",
    "AGE",
    "LIST",
    "BUCKET",
    "COUNT",
    "SIZE",
    "CHANNEL",
    "DRIVER",
    "CONNECTION",
    "LOCATION",
    "NUMBER",
    "MAX",
    "MIN",
    "DEBUG",
    "LEVEL",
    "REAUTHENTICATION",
    "SIGNUP",
    "IN",
    "PREFILLED",
    "CRT",
    "CONTENTS",
};
// Segments that make a name look secret.
constexpr const char *kSecretSegments[] = {"PASSWORD", "PASS",        "PASSWD",     "PWD",  "SECRET",
                                           "SECRETS",  "TOKEN",       "KEY",        "KEYS", "SALT",
                                           "PEPPER",   "PASSPHRASE",  "APIKEY",     "DSN",  "SIGNING",
                                           "HMAC",     "CREDENTIALS", "CREDENTIAL", "CERT"};
// Signing secrets get 64 bytes by default.
constexpr const char *kSigningSegments[] = {"JWT", "SESSION", "COOKIE", "SIGNING", "HMAC"};

template <std::size_t N> bool inList(const char *const (&list)[N], QStringView segment)
{
    return std::any_of(std::begin(list), std::end(list),
                       [segment](const char *item) { return segment == QLatin1StringView(item); });
}

// A name's upper-case segments: STRIPE_SECRET_KEY → STRIPE, SECRET, KEY.
class Segments
{
public:
    explicit Segments(QStringView name)
        : m_parts(name.toString().toUpper().split(QRegularExpression(QStringLiteral("[_.\\-]+")),
                                                  Qt::SkipEmptyParts))
    {
    }
    bool has(const char *segment) const { return m_parts.contains(QLatin1StringView(segment)); }
    bool hasAny(std::initializer_list<const char *> segments) const
    {
        return std::any_of(segments.begin(), segments.end(), [this](const char *s) { return has(s); });
    }
    template <std::size_t N> bool hasAnyOf(const char *const (&list)[N]) const
    {
        return std::any_of(m_parts.cbegin(), m_parts.cend(),
                           [&list](const QString &p) { return inList(list, p); });
    }
    QString last() const { return m_parts.isEmpty() ? QString() : m_parts.last(); }
    bool endsWith(std::initializer_list<const char *> tail) const
    {
        if (std::ssize(m_parts) < std::ssize(tail)) {
            return false;
        }
        qsizetype i = m_parts.size() - qsizetype(tail.size());
        for (const char *s : tail) {
            if (m_parts.at(i++) != QLatin1StringView(s)) {
                return false;
            }
        }
        return true;
    }
    bool startsWith(std::initializer_list<const char *> head) const
    {
        if (std::ssize(m_parts) < std::ssize(head)) {
            return false;
        }
        qsizetype i = 0;
        for (const char *s : head) {
            if (m_parts.at(i++) != QLatin1StringView(s)) {
                return false;
            }
        }
        return true;
    }
    qsizetype size() const { return m_parts.size(); }
    const QStringList &parts() const { return m_parts; }

private:
    QStringList m_parts;
};

// The first segment of @p segments that names a service, or empty.
QString serviceSegment(const Segments &segments)
{
    for (const QString &part : segments.parts()) {
        for (const ServiceEntry &entry : kServices) {
            if (part == QLatin1StringView(entry.segment)) {
                return part;
            }
        }
    }
    return {};
}

QString serviceDisplayName(QStringView segment)
{
    for (const ServiceEntry &entry : kServices) {
        if (segment == QLatin1StringView(entry.segment)) {
            return QString::fromLatin1(entry.name);
        }
    }
    return {};
}

// A sample value that looks randomly generated (a real key left as an example).
bool looksRandom(const QString &value)
{
    static const QRegularExpression hex(QStringLiteral("^[0-9a-fA-F]{16,}$"));
    static const QRegularExpression token(QStringLiteral("^[A-Za-z0-9+/=_-]{20,}$"));
    if (value.size() < 16) {
        return false;
    }
    if (hex.match(value).hasMatch()) {
        return true;
    }
    return token.match(value).hasMatch() && value.contains(QRegularExpression(QStringLiteral("[0-9]"))) &&
           value.contains(QRegularExpression(QStringLiteral("[a-z]"))) &&
           value.contains(QRegularExpression(QStringLiteral("[A-Z]")));
}

// Hosts of local mail catchers and dev servers.
const QRegularExpression &localHostPattern()
{
    static const QRegularExpression re(
        QStringLiteral(
            "(localhost|127\\.0\\.0\\.1|0\\.0\\.0\\.0|mailhog|maildev|mailpit|mailcatcher|smtp4dev|"
            "inbucket|:1025\\b|:2500\\b|^1025$|^2500$)"),
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

// Container images that create their service with this password on first start: the template's value
// is ours to choose, even when it is empty.
bool provisionsService(QStringView upperName)
{
    static const QRegularExpression re(QStringLiteral(
        "^(POSTGRES_PASSWORD|MYSQL_ROOT_PASSWORD|MYSQL_PASSWORD|MARIADB_ROOT_PASSWORD|MARIADB_PASSWORD|"
        "MINIO_ROOT_PASSWORD|MONGO_INITDB_ROOT_PASSWORD|RABBITMQ_DEFAULT_PASS|REDIS_PASSWORD|"
        "PGPASSWORD|MEILI_MASTER_KEY|ELASTIC_PASSWORD)$"));
    return re.match(upperName).hasMatch();
}

} // namespace

VariableClassifier::VariableClassifier(const QList<VariableSpec> &specs)
{
    static const QRegularExpression mailHostKey(
        QStringLiteral("(SMTP|MAIL|EMAIL).*(HOST|ADDRESS|SERVER|PORT)"));
    for (const VariableSpec &spec : specs) {
        const QString upper = spec.name.toUpper();
        m_keys.insert(upper);
        const QString value = QString::fromUtf8(spec.templateValue);
        if (upper.contains(u"MINIO") || value.contains(u"minio", Qt::CaseInsensitive)) {
            m_bundledS3 = true;
        }
        if (!value.isEmpty() && mailHostKey.match(upper).hasMatch() &&
            localHostPattern().match(value).hasMatch()) {
            m_localMail = true;
        }
    }
}

bool VariableClassifier::isPlaceholder(QByteArrayView value)
{
    static const QRegularExpression re(
        QStringLiteral(
            "^$|^change[-_ ]?me|change[-_ ]?this|^your[-_ ]|^<.*>$|^\\[.*\\]$|^x{3,}$|^\\.{3,}$|^\\*+$|"
            "replace[-_ ]?(me|with|this)|^(secret|password|token|key|apikey|api_key)$|"
            "^(todo|tbd|placeholder)\\b|fixme|[-_]here$|^!!!.*!!!$|^\\?+$|^-+$|^\\{\\{.*\\}\\}$|"
            "generate|^(my|a|some)[-_]|^(optional|required)$|from[-_](the[-_])?\\w*[-_]?dashboard$|"
            "^get[-_]|^(super)?secret|^tobemodified|^somerandom|insecure|^example|-xxx+$|xxxx|"
            "^sk[-_]?$|^(sk|pk)[-_](your|xxx|test[-_]?xxx)|^false$"),
        QRegularExpression::CaseInsensitiveOption);
    return re.match(QString::fromUtf8(value)).hasMatch();
}

QString VariableClassifier::serviceName(QStringView variableName)
{
    return serviceDisplayName(serviceSegment(Segments(variableName)));
}

std::optional<std::pair<GeneratorProfile, QString>> VariableClassifier::profileFromHint(QStringView text)
{
    static const QRegularExpression openssl(QStringLiteral("openssl\\s+rand\\s+-(hex|base64)\\s+(\\d+)"));
    static const QRegularExpression characters(
        QStringLiteral("(\\d+)[- ]?(?:random )?(?:char|character|chars|characters)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression secretSite(QStringLiteral("generate-secret\\.vercel\\.app/(\\d+)"));
    static const QRegularExpression alnumClass(QStringLiteral("A-Za-z0-9"));
    static const QRegularExpression laravel(QStringLiteral("key:generate"));
    static const QRegularExpression uuid(QStringLiteral("\\buuid\\b"),
                                         QRegularExpression::CaseInsensitiveOption);

    const auto make = [](const QString &spec) {
        return GeneratorProfile::parse(spec);
    };
    if (const auto m = openssl.match(text); m.hasMatch()) {
        const QString kind = m.captured(1) == u"hex" ? QStringLiteral("hex") : QStringLiteral("base64");
        if (auto profile = make(QStringLiteral("%1(%2)").arg(kind, m.captured(2)))) {
            return std::pair(*profile, tr("comment: openssl rand -%1 %2").arg(m.captured(1), m.captured(2)));
        }
    }
    // Lengths under 16 characters are not taken as a secret's length (a stray number in the comment).
    if (const auto m = characters.match(text); m.hasMatch() && m.captured(1).toInt() >= 16) {
        if (auto profile = make(QStringLiteral("alnum(%1)").arg(m.captured(1)))) {
            return std::pair(*profile, tr("comment: %1 characters").arg(m.captured(1)));
        }
    }
    if (const auto m = secretSite.match(text); m.hasMatch() && m.captured(1).toInt() >= 16) {
        if (auto profile = make(QStringLiteral("alnum(%1)").arg(m.captured(1)))) {
            return std::pair(*profile, tr("comment: a random secret of %1 characters").arg(m.captured(1)));
        }
    }
    if (alnumClass.match(text).hasMatch()) {
        if (auto profile = make(QStringLiteral("alnum(32)"))) {
            return std::pair(*profile, tr("comment: only the characters A-Za-z0-9"));
        }
    }
    if (laravel.match(text).hasMatch()) {
        if (auto profile = make(QStringLiteral("laravel_key()"))) {
            return std::pair(*profile, tr("comment: php artisan key:generate"));
        }
    }
    if (uuid.match(text).hasMatch()) {
        if (auto profile = make(QStringLiteral("uuid()"))) {
            return std::pair(*profile, tr("comment: a UUID"));
        }
    }
    return std::nullopt;
}

void VariableClassifier::chooseProfile(VariableSpec &spec, QStringView inlineComment)
{
    const auto use = [&spec](const QString &profileText, const QString &reason) {
        if (auto profile = GeneratorProfile::parse(profileText)) {
            spec.profile = *profile;
            spec.profileReason = reason;
            return true;
        }
        return false;
    };
    const QString value = QString::fromUtf8(spec.templateValue);
    for (const QString &text : {spec.description, inlineComment.toString(), value}) {
        if (auto hint = profileFromHint(text)) {
            spec.profile = hint->first;
            spec.profileReason = hint->second;
            return;
        }
    }
    const Segments segments(spec.name);
    if (value.startsWith(u"base64:") || (segments.size() == 2 && segments.endsWith({"APP", "KEY"}))) {
        if (use(QStringLiteral("laravel_key()"),
                tr("Laravel APP_KEY convention (php artisan key:generate)"))) {
            return;
        }
    }
    static const QRegularExpression hexSample(QStringLiteral("^(?:[0-9a-f]{2}){16,64}$"));
    static const QRegularExpression base64Sample(QStringLiteral("^[A-Za-z0-9+/]{42}[AEIMQUYcgkosw048]=$"));
    if (!isPlaceholder(spec.templateValue) && looksRandom(value)) {
        if (hexSample.match(value).hasMatch()) {
            if (use(QStringLiteral("hex(%1)").arg(value.size() / 2),
                    tr("sample value: %1 random bytes in hex").arg(value.size() / 2))) {
                return;
            }
        }
        if (base64Sample.match(value).hasMatch()) {
            if (use(QStringLiteral("base64(32)"), tr("sample value: 32 random bytes in base64"))) {
                return;
            }
        }
        static const QRegularExpression alnumSample(QStringLiteral("^[A-Za-z0-9]+$"));
        if (alnumSample.match(value).hasMatch()) {
            // Same shape as the sample, never shorter than 32 characters.
            const auto length = std::max<qsizetype>(value.size(), 32);
            if (use(QStringLiteral("alnum(%1)").arg(length),
                    tr("sample value: %1 letters and digits").arg(value.size()))) {
                return;
            }
        }
        // Another random-looking sample: random bytes whose base64url form is at least as long.
        const auto bytes = std::max<qsizetype>((value.size() * 3 + 3) / 4, 32);
        if (use(QStringLiteral("base64url(%1)").arg(bytes),
                tr("sample value: %1 random characters").arg(value.size()))) {
            return;
        }
    }
    if (segments.hasAnyOf(kSigningSegments)) {
        use(QStringLiteral("base64url(64)"), tr("default for signing secrets: 64 random bytes"));
    } else if (segments.hasAny({"PASSWORD", "PASS", "PASSWD", "PGPASSWORD", "PASSPHRASE"})) {
        use(QStringLiteral("alnum(32)"),
            tr("default for passwords: 32 letters and digits (safe in URLs, shells and config files)"));
    } else {
        use(QStringLiteral("base64url(32)"), tr("default for secrets: 32 random bytes"));
    }
}

VariableClassifier::Verdict VariableClassifier::infer(const VariableSpec &spec) const
{
    using K = VariableKind;
    const Segments s(spec.name);
    const QString upper = spec.name.toUpper();
    const QString value = QString::fromUtf8(spec.templateValue);
    const QString svc = serviceSegment(s);
    const QString svcName = serviceDisplayName(svc);
    const QString lowerDescription = spec.description.toLower();

    const bool secretLooking = s.hasAnyOf(kSecretSegments) || upper.endsWith(u"PASSWORD") ||
                               upper.endsWith(u"SECRET") || upper.endsWith(u"TOKEN") ||
                               upper.endsWith(u"KEY") || s.last() == u"AUTH";
    if (!secretLooking) {
        static const QRegularExpression sentinel(QStringLiteral("^(optional|false|null|none)$"),
                                                 QRegularExpression::CaseInsensitiveOption);
        if (!svc.isEmpty() && (s.last() == u"ID" || s.last() == u"KEY") && !value.isEmpty() &&
            isPlaceholder(spec.templateValue) && !sentinel.match(value).hasMatch()) {
            return {K::ThirdPartySecret,
                    tr("public identifier issued by %1; the template only holds a placeholder").arg(svcName),
                    svcName, false};
        }
        return {K::Config, tr("configuration: the name does not look secret"), {}};
    }
    static const QRegularExpression flagOrNumber(QStringLiteral("^(true|yes|on|no|off|\\d{1,6})$"),
                                                 QRegularExpression::CaseInsensitiveOption);
    if (flagOrNumber.match(value).hasMatch()) {
        return {K::Config, tr("configuration: the value is a flag or a number"), {}};
    }
    if (s.endsWith({"ACCESS", "KEY", "ID"})) {
        if (m_bundledS3 || (svc.isEmpty() && looksRandom(value))) {
            return {K::Generate, tr("access key of a storage service this project runs"), {}};
        }
        return {K::ThirdPartySecret,
                svcName.isEmpty() ? tr("access key id issued by an outside service")
                                  : tr("access key id issued by %1").arg(svcName),
                svcName};
    }
    static const QRegularExpression selfChosen(
        QStringLiteral("super[-_]?secret|random|generate|long[-_]?secure"),
        QRegularExpression::CaseInsensitiveOption);
    if (svc.isEmpty() && selfChosen.match(value).hasMatch()) {
        return {K::Generate, tr("the placeholder asks for a self-chosen secret"), {}};
    }
    if (inList(kSettingSuffixes, s.last()) && !(s.last() == u"CONTENTS" && s.has("CREDENTIALS"))) {
        return {K::Config, tr("configuration: a setting about a secret, not the secret itself"), {}};
    }
    if (s.hasAny({"PUBLIC", "PUBLISHABLE"}) || upper.startsWith(u"NEXT_PUBLIC_") ||
        upper.startsWith(u"VITE_") || upper.startsWith(u"REACT_APP_") || (s.has("SITE") && s.has("KEY"))) {
        return {K::Config, tr("public identifier (not secret)"), svcName};
    }
    if ((s.has("DSN") && s.has("SENTRY")) || (s.last() == u"DSN" && !value.contains(u"://"))) {
        return {K::Config, tr("error-tracking DSN (not secret)"), svcName};
    }
    if (!svc.isEmpty() &&
        (inList(kPublicKeyServices, svc) || s.hasAny({"JS", "BROWSER"}) ||
         (s.has("CLIENT") && s.last() == u"KEY")) &&
        !s.hasAny({"SECRET", "PRIVATE", "ADMIN"})) {
        return {K::Config, tr("public key of %1 (used in browsers)").arg(svcName), svcName};
    }
    if (s.hasAny({"TEST", "E2E", "EXAMPLE", "EXAMPLES"})) {
        return {K::Config, tr("configuration: a fixed credential for tests or examples"), {}};
    }
    if (value.compare(u"null", Qt::CaseInsensitive) == 0) {
        return {K::Config, tr("configuration: explicitly unset (\"null\")"), {}};
    }
    if (s.size() == 2 && s.last() == u"KEY" &&
        m_keys.contains(s.parts().first() + QStringLiteral("_SECRET"))) {
        return {K::Config, tr("public client key, paired with %1_SECRET").arg(s.parts().first()), svcName};
    }
    if (s.endsWith({"APP", "KEY"}) && !svc.isEmpty()) {
        return {K::Config, tr("public app key of %1").arg(svcName), svcName};
    }
    const bool mailPassword = s.hasAny({"SMTP", "MAIL", "EMAIL", "MAILER"}) &&
                              !s.hasAny({"INBOUND", "INGRESS"}) && s.hasAny({"PASSWORD", "PASS", "PASSWD"});
    if (mailPassword) {
        if (m_localMail || (!value.isEmpty() && !isPlaceholder(spec.templateValue))) {
            return {K::Config, tr("configuration: credentials of a local mail catcher"), {}};
        }
        return {K::ThirdPartySecret, tr("password of the mail provider"), tr("SMTP server")};
    }
    if (s.hasAny({"WEBHOOK", "VERIFY", "REVALIDATION"}) && s.hasAny({"SECRET", "TOKEN"})) {
        if (!svc.isEmpty() && inList(kIssuedWebhookServices, svc)) {
            return {K::ThirdPartySecret, tr("webhook secret issued by %1").arg(svcName), svcName};
        }
        return {K::Generate, tr("self-chosen webhook secret (pasted into the other service)"), {}};
    }
    if (s.hasAny({"S3", "AWS", "MINIO"}) && s.hasAny({"ACCESS", "SECRET"}) &&
        (m_bundledS3 || looksRandom(value))) {
        return {K::Generate, tr("credentials of an S3-compatible store this project runs"), {}};
    }
    if (!svc.isEmpty()) {
        return {K::ThirdPartySecret, tr("credential issued by %1").arg(svcName), svcName};
    }
    if (s.hasAny({"APIKEY", "CONSUMER", "LICENSE", "CREDENTIALS", "CREDENTIAL", "ACCOUNT"}) ||
        s.endsWith({"API", "KEY"}) || s.endsWith({"API", "TOKEN"}) || s.endsWith({"API", "SECRET"}) ||
        s.endsWith({"CLIENT", "SECRET"}) || s.startsWith({"CLIENT", "SECRET"}) ||
        (s.endsWith({"ACCESS", "TOKEN"}) && !s.has("SECRET")) || s.endsWith({"AUTH", "TOKEN"}) ||
        s.endsWith({"ROOT", "KEY"}) || s.endsWith({"EVENT", "KEY"}) || s.endsWith({"PRIVATE", "KEY"})) {
        return {K::ThirdPartySecret, tr("credential issued by an outside service"), {}};
    }
    if (s.endsWith({"ACCESS", "KEY"}) || (s.has("ACCESS") && s.has("KEY"))) {
        if (m_bundledS3) {
            return {K::Generate, tr("credentials of an S3-compatible store this project runs"), {}};
        }
        return {K::ThirdPartySecret, tr("access key issued by an outside service"), {}};
    }
    if (s.hasAny({"PASSWORD", "PASS", "PASSWD", "PWD", "PGPASSWORD"}) || upper.endsWith(u"PASSWORD")) {
        static const QRegularExpression asksForOne(QStringLiteral("secure|random|generat|openssl|strong"));
        if (value.isEmpty() && !provisionsService(upper) && !asksForOne.match(lowerDescription).hasMatch()) {
            return {K::Config, tr("configuration: an empty password (the existing service has none)"), {}};
        }
        return {K::Generate, tr("password of a service this project runs"), {}};
    }
    return {K::Generate, tr("secret the app owns"), {}};
}

void VariableClassifier::classify(VariableSpec &spec, QStringView inlineComment) const
{
    static const QRegularExpression optional(QStringLiteral("\\(optional\\)|^optional\\b"),
                                             QRegularExpression::CaseInsensitiveOption);
    spec.placeholder = isPlaceholder(spec.templateValue);
    const Verdict verdict = infer(spec);
    spec.kind = verdict.kind;
    spec.kindReason = verdict.reason;
    spec.service = verdict.service;
    spec.sensitive = verdict.kind != VariableKind::Config && verdict.sensitive;
    if (optional.match(spec.description).hasMatch() ||
        spec.templateValue.compare(QByteArrayView("optional"), Qt::CaseInsensitive) == 0) {
        spec.required = false;
    }
    if (spec.kind == VariableKind::Generate) {
        chooseProfile(spec, inlineComment);
    }
}
