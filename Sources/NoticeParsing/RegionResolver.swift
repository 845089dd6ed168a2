import Foundation

/// Where the inspected unit is: [province, city, county] as far as its name and the notice support, completed
/// upwards with the gazetteer (南京市 → 江苏省 南京市; 漳平市 → 福建省 龙岩市 漳平市).
struct RegionResolver {
    let gazetteer: Gazetteer

    func region(agency: String?, lines: [String]) -> [String] {
        guard let agency, !agency.isEmpty else { return [] }
        var found = placeChain(at: agency)
        if found.isEmpty, let stated = placeStatedBefore(agency, in: lines) { found = placeChain(at: stated) }
        if found.county == nil, found.city == nil, let token = found.unknownCounty,
           let city = cityNamedBefore(token, in: lines) {
            found.city = city
        }
        return complete(found)
    }

    struct Found {
        var province: String?
        var city: String?
        var county: Gazetteer.County?
        /// A county-like name the gazetteer does not know (洪江区): kept when the notice places it in a city.
        var unknownCounty: String?
        var isEmpty: Bool { province == nil && city == nil && county == nil }
    }

    /// Reads the place names a unit's name begins with: province, then city, then county.
    func placeChain(at name: String) -> Found {
        var found = Found()
        var rest = Substring(name)
        if let province = gazetteer.provinces.first(where: { rest.hasPrefix($0) }) {
            found.province = province
            rest = rest.dropFirst(province.count)
        }
        if let city = longestPrefix(of: rest, in: gazetteer.cityProvince) {
            found.city = city
            rest = rest.dropFirst(city.count)
        } else if let alias = longestPrefix(of: rest, in: gazetteer.cityAliases) {
            found.city = gazetteer.cityAliases[alias]
            rest = rest.dropFirst(alias.count)
        }
        if let countyName = longestPrefix(of: rest, in: gazetteer.counties),
           let county = pick(gazetteer.counties[countyName] ?? [], city: found.city, province: found.province) {
            found.county = county
        } else if let city = found.city {
            // 南宁市良庆生态环境局: a county named without its 区/县 suffix, inside the city just read.
            // The character after the short name must not be another unit suffix (洪江区 is not 洪江市).
            found.county = gazetteer.counties.values.joined().first { county in
                let base = county.name.dropLast()
                guard county.city == city, county.name.count >= 3, rest.hasPrefix(base) else { return false }
                let following = rest.dropFirst(base.count).first
                return following.map { !"区县市旗".contains($0) } ?? true
            }
        }
        if found.county == nil, let m = Self.countyLike.firstMatch(in: String(rest.prefix(8))) {
            found.unknownCounty = m.group(1)
        }
        return found
    }

    /// The longest name of at least two characters that the text starts with.
    private func longestPrefix<Value>(of text: Substring, in names: [String: Value]) -> String? {
        // Plain text and plain names: look each prefix up instead of trying every name.
        if gazetteer.namesArePlain, PlainText.isPlain(text) {
            let scalars = text.unicodeScalars
            var best: String?
            var end = scalars.startIndex
            var length = 0
            while end < scalars.endIndex && length < gazetteer.longestName {
                end = scalars.index(after: end)
                length += 1
                if length >= 2, let index = names.index(forKey: String(text[..<end])) { best = names[index].key }
            }
            return best
        }
        var best: String?
        for name in names.keys where text.hasPrefix(name) && name.count >= 2 {
            if (best?.count ?? 0) < name.count { best = name }
        }
        return best
    }

    private func pick(_ candidates: [Gazetteer.County], city: String?, province: String?) -> Gazetteer.County? {
        if let city { return candidates.first { $0.city == city } }
        if let province { return candidates.first { $0.province == province } }
        return candidates.count == 1 ? candidates[0] : nil
    }

    /// `西藏自治区司法厅`: the notice names the unit with its place in front.
    private func placeStatedBefore(_ agency: String, in lines: [String]) -> String? {
        for line in lines.prefix(40) {
            let text = PlainText.prefix(line, 3000)
            var searchStart = text.startIndex
            while let r = PlainText.range(of: agency, in: text, from: searchStart) {
                let before = text[text.index(r.lowerBound, offsetBy: -min(10, text.distance(from: text.startIndex, to: r.lowerBound)))..<r.lowerBound]
                for start in before.indices {
                    let candidate = String(before[start...])
                    if gazetteer.provinces.contains(candidate) || gazetteer.cityProvince[candidate] != nil {
                        return candidate + agency
                    }
                }
                searchStart = r.upperBound
            }
        }
        return nil
    }

    /// `怀化市洪江区`: the city the notice puts in front of a county the gazetteer does not know.
    private func cityNamedBefore(_ county: String, in lines: [String]) -> String? {
        for line in lines {
            let text = PlainText.prefix(line, 5000)
            guard let r = PlainText.range(of: county, in: text) else { continue }
            let before = String(text[..<r.lowerBound].suffix(10))
            if let city = gazetteer.cityProvince.keys.filter({ before.hasSuffix($0) }).max(by: { $0.count < $1.count }) {
                return city
            }
        }
        return nil
    }

    private func complete(_ found: Found) -> [String] {
        var province = found.province
        var city = found.city
        let county = found.county?.name ?? (city != nil ? found.unknownCounty : nil)
        if let c = found.county {
            city = city ?? c.city
            province = province ?? c.province
        }
        if let c = city { province = province ?? gazetteer.cityProvince[c] }
        return [province, city, county].compactMap { $0 }
    }

    private static let countyLike = Pattern(#"^([\x{4e00}-\x{9fff}]{1,4}?[区县旗])"#)
}
