// A thin RAII layer over the SQLite C API, private to the progress store's .cpp files
// (the public headers do not include sqlite3.h).
#pragma once

#include "text/utf8.h"

#include <sqlite3.h>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace luyenso::sql {

// A prepared statement: bind with `bind(...)` (1-based), run with `step()`, read columns
// (0-based). A statement borrowed from a cache is reset when the Stmt goes.
class Stmt {
public:
    Stmt(sqlite3* db, std::string_view text)
    {
        rc_ = sqlite3_prepare_v2(db, text.data(), static_cast<int>(text.size()), &stmt_, nullptr);
    }
    // Borrows a cached statement.
    explicit Stmt(sqlite3_stmt* cached) : stmt_(cached), owned_(false) {}
    ~Stmt()
    {
        if (owned_) {
            sqlite3_finalize(stmt_);
        } else if (stmt_) {
            sqlite3_reset(stmt_);
            sqlite3_clear_bindings(stmt_);
        }
    }
    Stmt(const Stmt&) = delete;
    Stmt& operator=(const Stmt&) = delete;

    bool prepared() const { return stmt_ != nullptr; }
    int rc() const { return rc_; }

    Stmt& bind(int i, std::int64_t v)
    {
        keep(sqlite3_bind_int64(stmt_, i, v));
        return *this;
    }
    Stmt& bind(int i, int v) { return bind(i, std::int64_t{v}); }
    Stmt& bind(int i, std::string_view v)
    {
        keep(sqlite3_bind_text(stmt_, i, v.data(), static_cast<int>(v.size()), SQLITE_TRANSIENT));
        return *this;
    }
    Stmt& bind(int i, const std::string& v) { return bind(i, std::string_view(v)); }
    Stmt& bind(int i, const char* v) { return bind(i, std::string_view(v)); }
    template <typename T>
    Stmt& bind(int i, const std::optional<T>& v)
    {
        if (v)
            return bind(i, static_cast<std::int64_t>(*v));
        keep(sqlite3_bind_null(stmt_, i));
        return *this;
    }

    // SQLITE_ROW, SQLITE_DONE or an error code (a binding error comes back here).
    int step()
    {
        if (!stmt_)
            return rc_;
        if (rc_ != SQLITE_OK && rc_ != SQLITE_ROW && rc_ != SQLITE_DONE)
            return rc_;
        rc_ = sqlite3_step(stmt_);
        return rc_;
    }
    // Runs a statement that returns no rows: true when it did.
    bool run() { return step() == SQLITE_DONE; }

    bool is_null(int col) const { return sqlite3_column_type(stmt_, col) == SQLITE_NULL; }
    std::int64_t i64(int col) const { return sqlite3_column_int64(stmt_, col); }
    int i32(int col) const { return sqlite3_column_int(stmt_, col); }
    // Always valid UTF-8, whatever the file holds (an old store, another tool's writes):
    // a bad byte comes back as U+FFFD, so that no writer of JSON or CSV meets one.
    std::string text(int col) const
    {
        const std::string_view v = view(col);
        return utf8_valid(v) ? std::string(v) : utf8_repair(v);
    }
    // The bytes as stored; valid until the next step().
    std::string_view view(int col) const
    {
        const auto* p = sqlite3_column_text(stmt_, col);
        return p ? std::string_view(reinterpret_cast<const char*>(p),
                                    static_cast<std::size_t>(sqlite3_column_bytes(stmt_, col)))
                 : std::string_view();
    }
    std::optional<std::int64_t> opt_i64(int col) const
    {
        return is_null(col) ? std::nullopt : std::optional<std::int64_t>(i64(col));
    }

private:
    void keep(int rc)
    {
        if (rc != SQLITE_OK && (rc_ == SQLITE_OK))
            rc_ = rc;
    }
    sqlite3_stmt* stmt_ = nullptr;
    bool owned_ = true;
    int rc_ = SQLITE_OK;
};

} // namespace luyenso::sql
