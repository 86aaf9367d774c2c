import Foundation

/// Indonesian numbers written as words: "tiga", "sebelas", "dua belas",
/// "dua puluh delapan", "seratus", "seribu lima ratus", "setengah".
public enum NumberWords {
    static let digits: [String: Double] = [
        "satu": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6, "tujuh": 7, "delapan": 8, "sembilan": 9,
    ]
    static let whole: [String: Double] = ["sepuluh": 10, "sebelas": 11, "seratus": 100, "setengah": 0.5]
    static let large: [String: Double] = ["ribu": 1000, "juta": 1_000_000, "miliar": 1e9, "triliun": 1e12]
    static let largeWhole: [String: Double] = ["seribu": 1000, "sejuta": 1_000_000]

    /// The value of the number words starting at `i` and how many tokens they take; nil if none.
    public static func parse(_ t: [Token], _ i: Int) -> (value: Double, length: Int)? {
        var total = 0.0, hundreds = 0.0, last = 0.0
        var j = i
        var any = false
        loop: while j < t.count, t[j].kind == .word {
            let w = t[j].lower
            if let d = digits[w] {
                if last != 0 { break loop }
                last = d
            } else if let v = whole[w] {
                if last != 0 { break loop }
                hundreds += v
            } else if let v = largeWhole[w] {
                if last != 0 || hundreds != 0 { break loop }
                total += v
            } else if any, w == "belas" {
                guard last != 0 else { break loop }
                hundreds += last + 10; last = 0
            } else if any, w == "puluh" {
                guard last != 0 else { break loop }
                hundreds += last * 10; last = 0
            } else if any, w == "ratus" {
                guard last != 0 else { break loop }
                hundreds += last * 100; last = 0
            } else if any, let m = large[w] {
                guard hundreds + last != 0 else { break loop }
                total += (hundreds + last) * m; hundreds = 0; last = 0
            } else {
                break loop
            }
            any = true
            j += 1
        }
        guard any else { return nil }
        return (total + hundreds + last, j - i)
    }

    /// An Indonesian numeral: "7.000" = 7000, "48,55" = 48.55, "1.250.000",
    /// "2,5"; a single dot followed by other than three digits is a decimal point ("3.5").
    public static func numeral(_ text: String) -> Double? {
        let commas = text.filter { $0 == "," }.count
        let dots = text.split(separator: ".", omittingEmptySubsequences: false)
        var normalized = text
        if commas == 0 && dots.count == 2 && dots[1].count != 3 {
            return Double(text)                                   // 3.5 (English decimal)
        }
        normalized = normalized.replacingOccurrences(of: ".", with: "")
        normalized = normalized.replacingOccurrences(of: ",", with: ".")
        if commas > 1 { return nil }
        return Double(normalized)
    }
}
