#pragma once

#include "core/dotenv/DotenvDocument.h"

#include <optional>

class DotenvSchema;

/// What a DotenvLintCheck looks at: the document (read in its dialect), whether it is a template
/// (`.env.example` & co.) rather than a real `.env`, and the same bytes read in the other dialect when
/// they can be (std::nullopt when the other reader would reject the file).
struct DotenvLintContext
{
    const DotenvDocument &document;
    bool isTemplate = false;
    std::optional<DotenvDocument> otherDialect;
    /// A dotenv-linter schema to check against (SchemaViolation); nullptr when none was given.
    const DotenvSchema *schema = nullptr;
};
