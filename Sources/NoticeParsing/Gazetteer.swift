import Foundation

/// China's administrative divisions (Resources/gazetteer.tsv): provinces, prefecture-level cities and county-level
/// units, each with its parents.
final class Gazetteer: Sendable {
    struct County: Sendable { let name: String; let city: String?; let province: String }

    let provinces: [String]
    /// City → province.
    let cityProvince: [String: String]
    /// County name → every unit of that name (和平区 exists in 沈阳 and 天津).
    let counties: [String: [County]]
    /// Short forms a text uses for a city: 黔东南州 for 黔东南苗族侗族自治州.
    let cityAliases: [String: String]
    /// Every name is plain text (see `PlainText`), and none is longer than `longestName` characters.
    let namesArePlain: Bool
    let longestName: Int

    static let shared: Gazetteer = {
        // `NoticeData.check()` has made sure the file can be read before any work starts.
        Gazetteer(tsv: (try? NoticeData.folder.text(NoticeData.gazetteer)) ?? "")
    }()

    init(tsv: String) {
        var provinces: [String] = []
        var cityProvince: [String: String] = [:]
        var counties: [String: [County]] = [:]
        for line in tsv.split(separator: "\n") where !line.hasPrefix("#") {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map {
                $0.trimmingCharacters(in: .whitespaces)
            }
            switch fields.count {
            case 1 where !fields[0].isEmpty: provinces.append(fields[0])
            case 2: cityProvince[fields[0]] = fields[1]
            case 3: counties[fields[0], default: []].append(
                County(name: fields[0], city: fields[1].isEmpty ? nil : fields[1], province: fields[2]))
            default: continue
            }
        }
        self.provinces = provinces
        self.cityProvince = cityProvince
        self.counties = counties
        var aliases: [String: String] = [:]
        for city in cityProvince.keys {
            if let base = Gazetteer.autonomousPrefectureBase(city) { aliases[base + "州"] = city }
            if city.hasSuffix("地区") { aliases[String(city.dropLast(2))] = city }
        }
        self.cityAliases = aliases
        let names = provinces + Array(cityProvince.keys) + Array(counties.keys) + Array(aliases.keys)
        namesArePlain = names.allSatisfy { PlainText.isPlain($0) }
        longestName = names.map(\.count).max() ?? 0
    }

    /// Whether a name is a province, city (or its short form) or county of the gazetteer.
    func isPlaceName(_ name: String) -> Bool {
        provinces.contains(name) || cityProvince[name] != nil || cityAliases[name] != nil || counties[name] != nil
    }

    /// 黔东南苗族侗族自治州 → 黔东南.
    static func autonomousPrefectureBase(_ name: String) -> String? {
        guard name.hasSuffix("自治州") else { return nil }
        var base = String(name.dropLast(3))
        var changed = true
        while changed {
            changed = false
            for people in ethnicGroups where base.hasSuffix(people) && base.count > people.count + 1 {
                base.removeLast(people.count); changed = true
            }
        }
        return base
    }

    private static let ethnicGroups = [
        "苗族", "侗族", "土家族", "布依族", "藏族", "彝族", "傣族", "景颇族", "傈僳族", "白族", "哈尼族", "壮族",
        "蒙古族", "回族", "朝鲜族", "哈萨克族", "柯尔克孜族", "羌族",
    ]
}
