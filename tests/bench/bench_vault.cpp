// Times reading a Bitwarden password-protected export: the KDF alone (BitwardenCrypto::deriveMasterKey,
// the function the reader calls) against the whole VaultReader::read of the file, in one run, for
// PBKDF2-SHA256 600,000 iterations and Argon2id 64 MiB / 3 iterations / parallelism 4 (Bitwarden's
// defaults). The export (ITEMS logins, each with a username, a password, a folder and a title) is written
// by BitwardenExportWriter into a temporary folder. Usage: bench_vault [ITEMS] [REPETITIONS]
// Prints one table: median and fastest of REPETITIONS runs in milliseconds, and read / KDF.
#include "core/vault/BitwardenCrypto.h"
#include "core/vault/BitwardenJsonReader.h"
#include "core/vault/VaultReader.h"

#include "BitwardenExportWriter.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <vector>

namespace {

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    const size_t n = v.size();
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

QByteArray plainExport(int items)
{
    QJsonArray folders;
    for (int f = 0; f < 20; ++f) {
        folders.append(QJsonObject{{QStringLiteral("id"), QStringLiteral("folder-%1").arg(f)},
                                   {QStringLiteral("name"), QStringLiteral("Team %1").arg(f)}});
    }
    QJsonArray list;
    for (int i = 0; i < items; ++i) {
        list.append(QJsonObject{
            {QStringLiteral("id"), QStringLiteral("item-%1").arg(i)},
            {QStringLiteral("type"), 1},
            {QStringLiteral("name"), QStringLiteral("Service %1").arg(i)},
            {QStringLiteral("folderId"), QStringLiteral("folder-%1").arg(i % 20)},
            {QStringLiteral("notes"), QJsonValue()},
            {QStringLiteral("login"),
             QJsonObject{{QStringLiteral("username"), QStringLiteral("user%1@example.com").arg(i)},
                         {QStringLiteral("password"), QStringLiteral("pw-%1-Xk39vQ02mZr7Lq").arg(i)},
                         {QStringLiteral("uris"), QJsonArray()}}},
            {QStringLiteral("deletedDate"), QJsonValue()},
        });
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("encrypted"), false},
                                     {QStringLiteral("folders"), folders},
                                     {QStringLiteral("items"), list}})
        .toJson(QJsonDocument::Compact);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int items = args.size() > 1 ? std::max(1, args.at(1).toInt()) : 5000;
    const int repetitions = args.size() > 2 ? std::max(1, args.at(2).toInt()) : 3;
    QTemporaryDir dir;
    if (!dir.isValid()) {
        std::fprintf(stderr, "bench_vault: no temporary folder\n");
        return 1;
    }
    const QByteArray password = "correct horse battery staple";
    const SecureBuffer secret = SecureBuffer::fromBytes(password);
    const QByteArray plain = plainExport(items);

    struct Case
    {
        const char *name;
        BitwardenExportWriter::Settings settings;
    };
    BitwardenExportWriter::Settings pbkdf2;
    pbkdf2.kdfType = 0;
    pbkdf2.iterations = 600000;
    BitwardenExportWriter::Settings argon2;
    argon2.kdfType = 1;
    argon2.iterations = 3;
    argon2.memoryMiB = 64;
    argon2.parallelism = 4;
    const Case cases[] = {{"PBKDF2-SHA256 600,000", pbkdf2}, {"Argon2id 64 MiB, t=3, p=4", argon2}};

    std::printf("Bitwarden password-protected export: %d items, %lld bytes of plain JSON; %d runs each "
                "(median / fastest, ms)\n",
                items, static_cast<long long>(plain.size()), repetitions);
    std::printf("%-28s %12s %12s %12s %12s %8s\n", "KDF", "KDF median", "KDF fastest", "read median",
                "read fastest", "ratio");
    for (const Case &c : cases) {
        const QString path = dir.filePath(QString::fromLatin1(c.name).left(6) + QStringLiteral(".json"));
        const QByteArray file = BitwardenExportWriter::write(plain, password, c.settings);
        QFile out(path);
        if (file.isEmpty() || !out.open(QIODevice::WriteOnly) || out.write(file) != file.size()) {
            std::fprintf(stderr, "bench_vault: cannot write the %s export\n", c.name);
            return 1;
        }
        out.close();
        const QJsonObject envelope = QJsonDocument::fromJson(file).object();
        const QByteArray salt = envelope.value(QStringLiteral("salt")).toString().toUtf8();
        BitwardenCrypto::KdfParams params;
        params.kdf =
            c.settings.kdfType == 1 ? BitwardenCrypto::Kdf::Argon2id : BitwardenCrypto::Kdf::Pbkdf2Sha256;
        params.iterations = c.settings.iterations;
        params.memoryMiB = c.settings.memoryMiB;
        params.parallelism = c.settings.parallelism;

        std::vector<double> kdfMs;
        std::vector<double> readMs;
        for (int i = 0; i < repetitions; ++i) {
            QElapsedTimer timer;
            timer.start();
            const SecureBuffer master = BitwardenCrypto::deriveMasterKey(secret.view(), salt, params);
            kdfMs.push_back(timer.nsecsElapsed() / 1e6);
            if (master.isEmpty()) {
                std::fprintf(stderr, "bench_vault: the KDF failed\n");
                return 1;
            }
            VaultReadOptions options;
            options.password = &secret;
            timer.restart();
            const auto result = VaultReader::read(path, options);
            readMs.push_back(timer.nsecsElapsed() / 1e6);
            if (!result || int(result->items.size()) != items) {
                std::fprintf(stderr, "bench_vault: %s\n",
                             result ? "wrong item count" : qPrintable(result.error().message));
                return 1;
            }
        }
        const double kdf = median(kdfMs);
        const double read = median(readMs);
        std::printf("%-28s %12.1f %12.1f %12.1f %12.1f %7.3fx\n", c.name, kdf,
                    *std::min_element(kdfMs.begin(), kdfMs.end()), read,
                    *std::min_element(readMs.begin(), readMs.end()), read / kdf);
    }
    // Where the time beyond the KDF goes: the same items read from the plain JSON (no KDF, no AES), and
    // the SecureBuffer allocations alone (one per field value, as VaultField holds them).
    std::vector<double> plainMs;
    std::vector<double> allocMs;
    size_t fields = 0;
    for (int i = 0; i < repetitions; ++i) {
        QElapsedTimer timer;
        timer.start();
        const auto result = BitwardenJsonReader::read(plain, QStringLiteral("plain.json"));
        plainMs.push_back(timer.nsecsElapsed() / 1e6);
        if (!result) {
            std::fprintf(stderr, "bench_vault: %s\n", qPrintable(result.error().message));
            return 1;
        }
        fields = 0;
        for (const VaultItem &item : result->items) {
            fields += item.fields.size();
        }
    }
    for (int i = 0; i < repetitions; ++i) {
        std::vector<SecureBuffer> buffers;
        buffers.reserve(fields);
        QElapsedTimer timer;
        timer.start();
        for (size_t f = 0; f < fields; ++f) {
            buffers.push_back(SecureBuffer::fromBytes("user1234@example.com"));
        }
        allocMs.push_back(timer.nsecsElapsed() / 1e6);
    }
    std::printf("%-28s %12s %12s %12.1f %12.1f\n", "plain JSON read (no KDF)", "-", "-", median(plainMs),
                *std::min_element(plainMs.begin(), plainMs.end()));
    std::printf("%-28s %12s %12s %12.1f %12.1f   (%zu SecureBuffer allocations)\n",
                "  of which SecureBuffers", "-", "-", median(allocMs),
                *std::min_element(allocMs.begin(), allocMs.end()), fields);
    return 0;
}
