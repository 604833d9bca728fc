// Times DotenvDocument::parse and toBytes on one file (tests/bench/run.sh compares it with npm dotenv.parse
// on the same file). Usage: bench_dotenv FILE [REPETITIONS] [npm|python]
// Prints one line per measure: "<name> <median ms> <min ms>" over the repetitions (in-memory bytes; the
// file is read once, and parsed once untimed as a warm-up, before timing).
#include "core/dotenv/DotenvDocument.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>

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

void print(const char *name, const std::vector<double> &ms)
{
    std::printf("%s %.2f %.2f\n", name, median(ms), *std::min_element(ms.begin(), ms.end()));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: bench_dotenv FILE [REPETITIONS] [npm|python]\n");
        return 2;
    }
    QFile file(args.at(1));
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "bench_dotenv: cannot read %s\n", qPrintable(args.at(1)));
        return 1;
    }
    const QByteArray bytes = file.readAll();
    const int repetitions = args.size() > 2 ? std::max(1, args.at(2).toInt()) : 9;
    const DotenvDialect dialect = args.size() > 3 && args.at(3) == QStringLiteral("python")
                                      ? DotenvDialect::Python
                                      : DotenvDialect::Npm;
    (void)DotenvDocument::parse(bytes, dialect); // warm-up, not timed
    std::vector<double> parseMs, writeMs, totalMs;
    qsizetype entries = 0;
    for (int i = 0; i < repetitions; ++i) {
        QElapsedTimer timer;
        timer.start();
        const auto document = DotenvDocument::parse(bytes, dialect);
        const double parsed = timer.nsecsElapsed() / 1e6;
        if (!document) {
            std::fprintf(stderr, "bench_dotenv: %s\n", qPrintable(document.error().toString()));
            return 1;
        }
        const QByteArray written = document->toBytes();
        const double total = timer.nsecsElapsed() / 1e6;
        if (written != bytes) {
            std::fprintf(stderr, "bench_dotenv: the written bytes differ from the input\n");
            return 1;
        }
        entries = document->entries().size();
        parseMs.push_back(parsed);
        writeMs.push_back(total - parsed);
        totalMs.push_back(total);
    }
    std::printf("entries %lld\n", static_cast<long long>(entries));
    print("parse", parseMs);
    print("write", writeMs);
    print("total", totalMs);
    return 0;
}
