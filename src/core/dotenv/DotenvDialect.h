#pragma once

#include <QString>

#include <optional>

/// Which reader's rules a dotenv file is read with.
///
/// - Npm: the npm `dotenv` package v16-v18 (lib/main.js, research/dotenv.md §1.1): `#` ends an unquoted
///   value even without a space before it, only `\n`/`\r` are expanded in double quotes, no interpolation.
/// - Python: python-dotenv 1.2 (src/dotenv/parser.py + variables.py, `dotenv_values()` with its default
///   `interpolate=True`; research/dotenv.md §1.4), the rules Docker Compose also follows for comments and
///   escapes: `#` starts a comment in an unquoted value only after whitespace, `\\ \' \" \a \b \f \n \r \t
///   \v` are decoded in double quotes (`\\` and `\'` in single quotes), and `${NAME}` / `${NAME:-default}` is
///   replaced in every value (quoted or not) by an earlier value of the file, else the environment, else
///   the default or "". A bare `$NAME` stays literal (Compose would expand it: see dotenv-matrix.md).
enum class DotenvDialect { Npm, Python };

/// "npm" / "python", as used by `--dialect` and JSON output.
QString dotenvDialectName(DotenvDialect dialect);
/// The dialect named @p name ("npm", "node", "dotenv" / "python", "python-dotenv", "compose"), or
/// std::nullopt.
std::optional<DotenvDialect> dotenvDialectFromName(QStringView name);
