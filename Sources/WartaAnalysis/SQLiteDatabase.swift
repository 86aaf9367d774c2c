import CSQLite
import Foundation

/// A small wrapper over the SQLite C API: statements prepared once and
/// reused, values bound by position.
final class SQLiteDatabase {
    struct Failure: Error, CustomStringConvertible { var description: String }

    private var db: OpaquePointer?
    private var statements: [String: OpaquePointer] = [:]
    static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

    init(path: String) throws {
        guard sqlite3_open(path, &db) == SQLITE_OK else {
            let message = db.map { String(cString: sqlite3_errmsg($0)) } ?? "cannot open"
            sqlite3_close(db)
            throw Failure(description: "\(path): \(message)")
        }
    }

    deinit { close() }

    func close() {
        for (_, s) in statements { sqlite3_finalize(s) }
        statements = [:]
        if let db { sqlite3_close(db) }
        db = nil
    }

    func exec(_ sql: String) throws {
        var error: UnsafeMutablePointer<CChar>?
        if sqlite3_exec(db, sql, nil, nil, &error) != SQLITE_OK {
            let message = error.map { String(cString: $0) } ?? "error"
            sqlite3_free(error)
            throw Failure(description: message)
        }
    }

    enum Value { case text(String?), integer(Int?), real(Double?) }

    /// The prepared statement for `sql` (prepared once, then reused), reset and bound to `values`.
    private func bound(_ sql: String, _ values: [Value]) throws -> OpaquePointer {
        let stmt: OpaquePointer
        if let s = statements[sql] { stmt = s } else {
            var s: OpaquePointer?
            guard sqlite3_prepare_v2(db, sql, -1, &s, nil) == SQLITE_OK, let s else {
                throw Failure(description: "prepare: \(String(cString: sqlite3_errmsg(db))): \(sql)")
            }
            statements[sql] = s
            stmt = s
        }
        sqlite3_reset(stmt)
        sqlite3_clear_bindings(stmt)
        for (i, v) in values.enumerated() {
            let at = Int32(i + 1)
            switch v {
            case .text(let s?): sqlite3_bind_text(stmt, at, s, -1, Self.transient)
            case .integer(let n?): sqlite3_bind_int64(stmt, at, Int64(n))
            case .real(let d?): sqlite3_bind_double(stmt, at, d)
            default: sqlite3_bind_null(stmt, at)
            }
        }
        return stmt
    }

    /// Runs a statement with these values; returns the last row id.
    @discardableResult
    func run(_ sql: String, _ values: [Value]) throws -> Int {
        let rc = sqlite3_step(try bound(sql, values))
        guard rc == SQLITE_DONE || rc == SQLITE_ROW else {
            throw Failure(description: "step: \(String(cString: sqlite3_errmsg(db)))")
        }
        return Int(sqlite3_last_insert_rowid(db))
    }

    /// The first column of the first row of a query, as an integer.
    func integer(_ sql: String, _ values: [Value]) throws -> Int? {
        let stmt = try bound(sql, values)
        guard sqlite3_step(stmt) == SQLITE_ROW else { return nil }
        return Int(sqlite3_column_int64(stmt, 0))
    }
}
