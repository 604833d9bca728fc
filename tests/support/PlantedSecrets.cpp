#include "PlantedSecrets.h"

using namespace Qt::StringLiterals;

QByteArray PlantedSecrets::random(const QByteArray &alphabet, int length, quint32 seed)
{
    quint32 state = seed == 0 ? 0x9E3779B9u : seed * 2654435761u;
    QByteArray out;
    out.reserve(length);
    for (int i = 0; i < length; ++i) {
        state ^= state << 13;
        state ^= state >> 17;
        state ^= state << 5;
        out += alphabet.at(qsizetype(state % quint32(alphabet.size())));
    }
    return out;
}

QList<PlantedSecrets::Sample> PlantedSecrets::truePositives(quint32 seed)
{
    const QByteArray urlSafe = alnum() + "_-";
    const QByteArray base64 = alnum() + "+/";
    const QByteArray upper32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    const QByteArray digits = "0123456789";
    const QByteArray hex = "0123456789abcdef";
    const quint32 s = seed * 1000;
    QList<Sample> out;

    const QByteArray dbPassword = random(alnum(), 20, s + 1);
    out.append({u"database-url-password"_s,
                "DATABASE_URL=postgres://app:" + dbPassword + "@db.internal:5432/app", dbPassword});

    const QByteArray jwtSecret = random(urlSafe, 43, s + 2);
    out.append({u"jwt-secret-assignment"_s, "JWT_SECRET=" + jwtSecret, jwtSecret});

    const auto b64url = [](const QByteArray &bytes) {
        return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    };
    const QByteArray jwt = b64url(R"({"alg":"HS256","typ":"JWT"})") + '.' +
                           b64url(R"({"sub":")" + random(digits, 10, s + 3) + R"(","iat":1700000000})") +
                           '.' + random(urlSafe, 43, s + 4);
    out.append({u"jwt"_s, "Authorization: Bearer " + jwt, jwt});

    const QByteArray openai = "sk-" + QByteArray("proj") + '-' + random(urlSafe, 74, s + 5);
    out.append({u"openai-api-key"_s, "client = OpenAI(api_key=\"" + openai + "\")", openai});

    const QByteArray anthropic = "sk-" + QByteArray("ant-api03") + '-' + random(urlSafe, 93, s + 6) + "AA";
    out.append({u"anthropic-api-key"_s, "ANTHROPIC_API_KEY=" + anthropic, anthropic});

    const QByteArray google = "AI" + QByteArray("za") + random(urlSafe, 35, s + 7);
    out.append({u"google-api-key"_s, "const geminiKey = '" + google + "';", google});

    const QByteArray awsId = "AK" + QByteArray("IA") + random(upper32, 16, s + 8);
    out.append({u"aws-access-key-id"_s, "aws_access_key_id = " + awsId, awsId});

    const QByteArray awsSecret = random(base64, 40, s + 9);
    out.append({u"aws-secret-access-key"_s, "aws_secret_access_key = " + awsSecret, awsSecret});

    const QByteArray github = "gh" + QByteArray("p_") + random(alnum(), 36, s + 10);
    out.append({u"github-token"_s, "git clone https://x:" + github + "@github.com/o/r.git", github});

    const QByteArray githubPat = "github" + QByteArray("_pat_") + random(alnum() + "_", 82, s + 11);
    out.append({u"github-fine-grained-pat"_s, "GH_PAT=" + githubPat, githubPat});

    const QByteArray slack = "xo" + QByteArray("xb-") + random(digits, 12, s + 12) + '-' +
                             random(digits, 13, s + 13) + '-' + random(alnum(), 24, s + 14);
    out.append({u"slack-token"_s, "slack_bot: " + slack, slack});

    const QByteArray webhookPath = 'T' + random(upper32, 8, s + 15) + "/B" + random(upper32, 8, s + 16) +
                                   '/' + random(alnum(), 24, s + 17);
    out.append({u"slack-webhook-url"_s,
                "webhook = \"https://hooks.slack." + QByteArray("com/services/") + webhookPath + '"',
                webhookPath});

    const QByteArray stripe = "sk" + QByteArray("_live_") + random(alnum(), 24, s + 18);
    out.append({u"stripe-secret-key"_s, "Stripe.apiKey = \"" + stripe + "\";", stripe});

    const QByteArray dashes = "-----";
    QByteArray key = dashes + "BEGIN RSA PRIVATE KEY" + dashes + '\n';
    for (int i = 0; i < 4; ++i)
        key += random(base64, 64, s + 19) + '\n';
    key += dashes + "END RSA PRIVATE KEY" + dashes;
    out.append({u"private-key"_s, key, key});

    const QByteArray password = random(alnum(), 18, s + 20) + "7";
    out.append({u"generic-secret-assignment"_s, "db_password = \"" + password + "\"", password});

    const QByteArray highBase64 = random(base64, 48, s + 21);
    out.append({u"high-entropy-base64"_s, "blob = \"" + highBase64 + "\"", highBase64});

    const QByteArray highHex = random(hex, 40, s + 22);
    out.append({u"high-entropy-hex"_s, "checksum = '" + highHex + "'", highHex});
    return out;
}

QList<PlantedSecrets::Sample> PlantedSecrets::nearMisses()
{
    const QByteArray dashes = "-----";
    QByteArray publicKey = dashes + "BEGIN PUBLIC KEY" + dashes + '\n';
    for (int i = 0; i < 4; ++i)
        publicKey += random(alnum() + "+/", 64, quint32(900 + i)) + '\n';
    publicKey += dashes + "END PUBLIC KEY" + dashes;
    return {
        {u"database-url-password"_s, "DATABASE_URL=postgres://app:${DB_PASSWORD}@db.internal:5432/app", {}},
        {u"jwt-secret-assignment"_s, "JWT_SECRET=process.env.JWT_SECRET", {}},
        {u"jwt"_s, "prefix = 'eyJhbGciOiJIUzI1NiJ9'", {}},
        {u"openai-api-key"_s, "see https://example.org/sk-proj-keys for details", {}},
        {u"anthropic-api-key"_s, "ANTHROPIC_API_KEY=sk-" + QByteArray("ant-api03-") + "tooShort", {}},
        {u"google-api-key"_s, "const geminiKey = 'AI" + QByteArray("za") + "SyShortKey';", {}},
        {u"aws-access-key-id"_s, "aws_access_key_id = AKIA" + QByteArray("IOSFODNN7EXAMPLE"), {}},
        {u"aws-secret-access-key"_s,
         "aws_secret_access_key = " + QByteArray("wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"),
         {}},
        {u"github-token"_s, "prefix ghp_ is a GitHub token: gh" + QByteArray("p_") + "abc123", {}},
        {u"github-fine-grained-pat"_s, "GH_PAT=github_" + QByteArray("pat_") + "short", {}},
        {u"slack-token"_s, "slack_bot: xoxb-" + QByteArray("not-a-token"), {}},
        {u"slack-webhook-url"_s,
         "webhook = \"https://hooks.slack." + QByteArray("com/services/T000/B000/XXXX\""),
         {}},
        {u"stripe-secret-key"_s,
         "publishableKey = \"pk" + QByteArray("_live_") + random(alnum(), 24, 77) + "\";",
         {}},
        {u"private-key"_s, publicKey, {}},
        {u"generic-secret-assignment"_s, "password = passwordFromVault", {}},
        {u"high-entropy-base64"_s, "name = \"ThisIsALongCamelCaseIdentifierName\"", {}},
        {u"high-entropy-hex"_s, "mask = \"00000000000000000000000000000000ffff\"", {}},
    };
}
