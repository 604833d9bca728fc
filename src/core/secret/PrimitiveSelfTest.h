#pragma once

#include <QCoreApplication>
#include <QString>

#include <expected>

/// Known-answer self-test of the primitives Envsmith relies on, run once at start (issue 4 §3; KeePassXC
/// does the same): libsodium initialisation, base64 (RFC 4648 §10 test vectors, padded and URL-safe
/// unpadded) and hex encoding and decoding, constant-time comparison, guarded allocation, the CSPRNG
/// (two 32-byte draws differ and are not all zero; randombytes_uniform stays in range and reaches every
/// symbol of a 62-symbol alphabet in 4096 draws, which a working generator misses with probability
/// below 10^-27), and SHA-256 through QCryptographicHash (FIPS 180-2 "abc" vector; used for project ids).
/// The caller fails closed: no secret is generated when this fails.
class PrimitiveSelfTest
{
    Q_DECLARE_TR_FUNCTIONS(PrimitiveSelfTest)

public:
    /// Runs every check; the error names the primitive that gave a wrong answer (no data is secret here).
    static std::expected<void, QString> run();

    /// Test seam: when set, the known answer of the named check ("base64", "base64url", "hex", "sha256",
    /// "random", "uniform", "memcmp") is corrupted so run() must fail. Pass an empty string to reset.
    static void setFaultForTesting(const QString &check);
};
