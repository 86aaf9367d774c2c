/// Substring search on UTF-8 bytes. `String.contains(String)` goes through
/// Foundation's NSString on Linux and dominated profiles; this does not.
extension StringProtocol {
    /// Whether `needle` occurs in `self`, comparing UTF-8 bytes exactly.
    @inlinable
    public func containsBytes(_ needle: String) -> Bool {
        var needle = needle
        return needle.withUTF8 { n in
            guard let first = n.first else { return true }
            if let found = self.utf8.withContiguousStorageIfAvailable({ h in ByteSearch.find(h, n, first) }) { return found }
            let copy = Array(self.utf8)
            return copy.withUnsafeBufferPointer { ByteSearch.find($0, n, first) }
        }
    }
}

public enum ByteSearch {
    /// ASCII case-insensitive search of a lower-case ASCII `needle`.
    public static func containsCaseInsensitive(_ hay: ArraySlice<UInt8>, _ needle: String) -> Bool {
        let n = Array(needle.utf8)
        guard let first = n.first, n.count <= hay.count else { return n.isEmpty }
        var i = hay.startIndex
        let last = hay.endIndex - n.count
        while i <= last {
            if hay[i] | 0x20 == first || hay[i] == first {
                var k = 1
                while k < n.count {
                    let c = hay[i + k]
                    let lower = (c >= 65 && c <= 90) ? c | 0x20 : c
                    if lower != n[k] { break }
                    k += 1
                }
                if k == n.count { return true }
            }
            i += 1
        }
        return false
    }

    @inlinable
    public static func find(_ h: UnsafeBufferPointer<UInt8>, _ n: UnsafeBufferPointer<UInt8>, _ first: UInt8) -> Bool {
        let hc = h.count, nc = n.count
        guard nc <= hc else { return false }
        var i = 0
        let last = hc - nc
        while i <= last {
            if h[i] == first {
                var k = 1
                while k < nc && h[i + k] == n[k] { k += 1 }
                if k == nc { return true }
            }
            i += 1
        }
        return false
    }
}
