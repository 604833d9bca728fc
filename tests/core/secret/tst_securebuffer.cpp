#include "core/secret/SecureArena.h"
#include "core/secret/SecureBuffer.h"

#include <QTest>

#include <sodium.h>

#include <unistd.h>

#include <atomic>
#include <cstring>
#include <thread>
#include <utility>
#include <vector>

using namespace Qt::StringLiterals;

class TestSecureBuffer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void emptyAllocatesNothing();
    void sizedIsZeroFilled();
    void fromBytesCopies();
    void fromUtf8EncodesText_data();
    void fromUtf8EncodesText();
    void moveTransfersOwnership();
    void cloneIsIndependent();
    void equals_data();
    void equals();
    void conversionsAtTheEdge();
    void memoryIsGuarded();
    void manySmallValuesShareChunks();
    void releasedBlockIsWipedBeforeReuse();
    void arenaIsThreadSafe();
};

void TestSecureBuffer::emptyAllocatesNothing()
{
    SecureBuffer empty;
    QVERIFY(empty.isEmpty());
    QVERIFY(empty.constData() == nullptr);
    SecureBuffer zero(0);
    QVERIFY(zero.constData() == nullptr);
    QVERIFY(SecureBuffer::fromBytes({}).constData() == nullptr);
    QCOMPARE(SecureBuffer::fromUtf8(u"").constData(), nullptr);
    QVERIFY(empty.equals(QByteArrayView()));
    QVERIFY(!empty.equals(QByteArrayView("x")));
}

void TestSecureBuffer::sizedIsZeroFilled()
{
    // sodium_malloc fills new memory with 0xdb; the constructor promises zeros.
    SecureBuffer buffer(100);
    QCOMPARE(buffer.size(), 100);
    QVERIFY(buffer.constData() != nullptr);
    QCOMPARE(buffer.toByteArray(), QByteArray(100, '\0'));
}

void TestSecureBuffer::fromBytesCopies()
{
    QByteArray source("s3cr\0et", 7);
    SecureBuffer buffer = SecureBuffer::fromBytes(source);
    QCOMPARE(buffer.size(), 7);
    QVERIFY(buffer.constData() != source.constData());
    source[0] = 'X';
    QCOMPARE(buffer.toByteArray(), QByteArray("s3cr\0et", 7));
}

void TestSecureBuffer::fromUtf8EncodesText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QByteArray>("utf8");
    QTest::newRow("ascii") << u"hunter2"_s << QByteArray("hunter2");
    QTest::newRow("umlaut") << u"p\u00e4ss"_s << QByteArray("p\xc3\xa4ss");
    QTest::newRow("emoji (surrogate pair)") << u"\U0001F511k"_s << QByteArray("\xf0\x9f\x94\x91k");
    QTest::newRow("embedded NUL") << QString(reinterpret_cast<const QChar *>(u"a\0b"), 3)
                                  << QByteArray("a\0b", 3);
}

void TestSecureBuffer::fromUtf8EncodesText()
{
    QFETCH(QString, text);
    QFETCH(QByteArray, utf8);
    const SecureBuffer buffer = SecureBuffer::fromUtf8(text);
    QCOMPARE(buffer.size(), utf8.size()); // bytes, not UTF-16 units
    QCOMPARE(buffer.toByteArray(), utf8);
    QCOMPARE(buffer.toString(), text);
}

void TestSecureBuffer::moveTransfersOwnership()
{
    SecureBuffer a = SecureBuffer::fromBytes("abc");
    const char *memory = a.constData();
    SecureBuffer b(std::move(a));
    QCOMPARE(static_cast<const void *>(b.constData()), static_cast<const void *>(memory));
    QVERIFY(a.constData() == nullptr); // NOLINT(bugprone-use-after-move): checking the moved-from state
    QCOMPARE(a.size(), 0);
    SecureBuffer c = SecureBuffer::fromBytes("xyz");
    c = std::move(b);
    QCOMPARE(static_cast<const void *>(c.constData()), static_cast<const void *>(memory));
    QVERIFY(c.equals(QByteArrayView("abc")));
    c = std::move(c); // self-move keeps the value
    QVERIFY(c.equals(QByteArrayView("abc")));
}

void TestSecureBuffer::cloneIsIndependent()
{
    SecureBuffer a = SecureBuffer::fromBytes("abc");
    SecureBuffer b = a.clone();
    QVERIFY(b.constData() != a.constData());
    QVERIFY(b.equals(a));
    b.data()[0] = 'X';
    QVERIFY(!b.equals(a));
    QVERIFY(a.equals(QByteArrayView("abc")));
}

void TestSecureBuffer::equals_data()
{
    QTest::addColumn<QByteArray>("left");
    QTest::addColumn<QByteArray>("right");
    QTest::addColumn<bool>("equal");
    QTest::newRow("same") << QByteArray("token") << QByteArray("token") << true;
    QTest::newRow("last byte differs") << QByteArray("token") << QByteArray("tokeN") << false;
    QTest::newRow("first byte differs") << QByteArray("token") << QByteArray("Token") << false;
    QTest::newRow("prefix (sizes differ)") << QByteArray("token") << QByteArray("tok") << false;
    QTest::newRow("longer (sizes differ)") << QByteArray("tok") << QByteArray("token") << false;
    QTest::newRow("binary with NUL") << QByteArray("a\0b", 3) << QByteArray("a\0b", 3) << true;
    QTest::newRow("NUL vs shorter") << QByteArray("a\0", 2) << QByteArray("a") << false;
}

void TestSecureBuffer::equals()
{
    QFETCH(QByteArray, left);
    QFETCH(QByteArray, right);
    QFETCH(bool, equal);
    const SecureBuffer buffer = SecureBuffer::fromBytes(left);
    QCOMPARE(buffer.equals(QByteArrayView(right)), equal);
    QCOMPARE(buffer.equals(SecureBuffer::fromBytes(right)), equal);
}

void TestSecureBuffer::conversionsAtTheEdge()
{
    const SecureBuffer buffer = SecureBuffer::fromBytes("value");
    QCOMPARE(buffer.view(), QByteArrayView("value"));
    QCOMPARE(buffer.toByteArray(), QByteArray("value"));
    QVERIFY(buffer.toByteArray().constData() != buffer.constData()); // a separate heap copy
    QCOMPARE(buffer.toString(), u"value"_s);
}

void TestSecureBuffer::memoryIsGuarded()
{
    // sodium_malloc places the end of the buffer right before a guard page, so the address of the last
    // byte + 1 is page-aligned (libsodium's documented layout). Plain malloc would almost never do that.
    // Values above SecureArena::maxBlockSize get their own sodium_malloc; smaller ones live in the arena's
    // guarded chunks (manySmallValuesShareChunks).
    const long page = sysconf(_SC_PAGESIZE);
    for (const qsizetype size : {SecureArena::maxBlockSize + 1, qsizetype(5000), qsizetype(65536)}) {
        SecureBuffer buffer(size);
        const auto end = reinterpret_cast<quintptr>(buffer.constData() + buffer.size());
        QVERIFY2(end % static_cast<quintptr>(page) == 0, qPrintable(u"size %1"_s.arg(size)));
    }
}

void TestSecureBuffer::manySmallValuesShareChunks()
{
    // One sodium_malloc per value costs ~4 mappings: 100,000 live values would pass vm.max_map_count
    // (65,530) and abort. In the arena they fit in a handful of chunks.
    const std::size_t before = SecureArena::instance().chunkCount();
    std::vector<SecureBuffer> values;
    values.reserve(100000);
    for (int i = 0; i < 100000; ++i) {
        values.push_back(SecureBuffer::fromBytes(QByteArray::number(i).rightJustified(24, 'x')));
    }
    QCOMPARE(values.at(4242).toByteArray(), QByteArray::number(4242).rightJustified(24, 'x'));
    const std::size_t used = SecureArena::instance().chunkCount() - before;
    QVERIFY2(used <= 100000 * 32 / SecureArena::chunkSize + 1, qPrintable(QString::number(used)));
}

void TestSecureBuffer::releasedBlockIsWipedBeforeReuse()
{
    const char *address = nullptr;
    {
        SecureBuffer secret = SecureBuffer::fromBytes(QByteArray(60, 'S'));
        address = secret.constData();
        // While it lives the bytes are there; once released the block is zeroed in place.
        QCOMPARE(secret.toByteArray(), QByteArray(60, 'S'));
    }
    QCOMPARE(QByteArrayView(address, 64), QByteArrayView(QByteArray(64, '\0')));
    SecureBuffer reused(50); // same size class: the block just released comes back first
    QCOMPARE(reused.constData(), address);
    QCOMPARE(reused.toByteArray(), QByteArray(50, '\0'));
}

void TestSecureBuffer::arenaIsThreadSafe()
{
    // Vault exports are read on a worker thread while the GUI thread holds values of its own.
    std::atomic_int mismatches = 0;
    auto work = [&mismatches](char fill) {
        std::vector<SecureBuffer> mine;
        for (int i = 0; i < 20000; ++i) {
            mine.push_back(SecureBuffer::fromBytes(QByteArray(1 + i % 200, fill)));
            if (i % 3 == 0) {
                mine.erase(mine.begin() + (i % mine.size()));
            }
        }
        for (const SecureBuffer &value : mine) {
            if (value.toByteArray() != QByteArray(value.size(), fill)) {
                ++mismatches;
            }
        }
    };
    std::vector<std::thread> threads;
    for (const char fill : {'a', 'b', 'c', 'd'}) {
        threads.emplace_back(work, fill);
    }
    for (std::thread &thread : threads) {
        thread.join();
    }
    QCOMPARE(mismatches.load(), 0);
}

QTEST_GUILESS_MAIN(TestSecureBuffer)
#include "tst_securebuffer.moc"
