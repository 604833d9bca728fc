#pragma once

#include <QCoreApplication>

#include <QString>

#include <expected>

/// The bundled demo project (resources/demo): a small Node.js backend whose `.env.example` has a database
/// password, a DATABASE_URL that embeds it, a JWT secret, an AI provider key, an OAuth client and plain
/// config. create() turns it into a real git repository with one commit.
class DemoProject
{
    Q_DECLARE_TR_FUNCTIONS(DemoProject)

public:
    /// Creates `<parentFolder>/acme-orders` (a fresh name if taken) and returns its absolute path; the error
    /// says what failed. Without git installed the folder is created without a repository.
    static std::expected<QString, QString> create(const QString &parentFolder);
};
