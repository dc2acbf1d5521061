/// Every reader-facing text the build writes, by its key in the theme's `strings/<language>.yaml`.
///
/// The raw value is the key (`group.name`). A key ending in `_html` holds HTML; every other key holds plain text.
/// `arguments` lists the `{name}` placeholders a key's text may use; the build fills them in.
enum UIText: String, CaseIterable, Sendable {
    // The page frame (template, navigation, table of contents, pager, 404).
    case skipLink = "page.skip_link"
    case openNav = "page.open_nav"
    case searchPlaceholder = "page.search_placeholder"
    case searchLabel = "page.search_label"
    case searchResults = "page.search_results"
    case allResults = "page.all_results"
    case darkMode = "page.dark_mode"
    case siteNav = "page.site_nav"
    case footer = "page.footer"
    case breadcrumbs = "page.breadcrumbs"
    case home = "page.home"
    case navMoreBefore = "page.nav_more_before"
    case navMoreAfter = "page.nav_more_after"
    case sectionAll = "page.section_all"
    case toc = "page.toc"
    case updatedHTML = "page.updated_html"
    case tags = "page.tags"
    case pager = "page.pager"
    case previous = "page.previous"
    case next = "page.next"
    case headingAnchor = "page.heading_anchor"
    case footnoteBack = "page.footnote_back"
    case copy = "page.copy"
    case notFoundTitle = "page.not_found_title"
    case notFoundHTML = "page.not_found_html"

    // Callout titles (`> [!NOTE]`).
    case calloutNote = "callout.note"
    case calloutTip = "callout.tip"
    case calloutImportant = "callout.important"
    case calloutWarning = "callout.warning"
    case calloutCaution = "callout.caution"

    // The search results page and the answer cards.
    case searchTitle = "search.title"
    case searchDescription = "search.description"
    case searchPageLabel = "search.label"
    case searchPagePlaceholder = "search.placeholder"
    case searchSubmit = "search.submit"
    case searchNoscript = "search.noscript"
    case cardArchitecture = "search.card_architecture"
    case cardComputeCapability = "search.card_compute_capability"
    case cardComputeCapabilityValue = "search.card_compute_capability_value"
    case cardFirstCUDA = "search.card_first_cuda"
    case cardFirstCUDADriver = "search.card_first_cuda_driver"
    case cardLastCUDA = "search.card_last_cuda"
    case cardLinuxDriver = "search.card_linux_driver"
    case cardWindowsDriver = "search.card_windows_driver"
    case cardMinorFloor = "search.card_minor_floor"
    case cardMinorFloorValue = "search.card_minor_floor_value"
    case cardCUDABuilds = "search.card_cuda_builds"
    case cardCPUOnly = "search.card_cpu_only"
    case cardDriverNewest = "search.card_driver_newest"
    case cardDriverNone = "search.card_driver_none"
    case cardDriverMinor = "search.card_driver_minor"

    // Shared fragments of generated pages (matrices, badges, source links).
    case source = "fragment.source"
    case badgeOK = "fragment.badge_ok"
    case badgeLimited = "fragment.badge_limited"
    case badgeUnsupported = "fragment.badge_unsupported"
    case filter = "fragment.filter"
    case filterExamples = "fragment.filter_examples"
    case filterTwo = "fragment.filter_two"
    case filterLabel = "fragment.filter_label"
    case rows = "fragment.rows"
    case sourceColumn = "fragment.source_column"
    case noRows = "fragment.no_rows"
    case listSeparator = "fragment.list_separator"
    case notApplicable = "fragment.not_applicable"

    // The change log's Atom feed.
    case feedTitle = "feed.title"

    /// The placeholders the build fills in for this key; a text may use any of them, and no other.
    var arguments: [String] {
        switch self {
        case .navMoreBefore, .navMoreAfter, .sectionAll, .rows: ["count"]
        case .updatedHTML: ["date"]
        case .notFoundHTML: ["home"]
        case .cardComputeCapabilityValue: ["cc", "sm"]
        case .cardFirstCUDADriver: ["driver"]
        case .cardMinorFloorValue: ["linux", "windows"]
        case .cardDriverNewest: ["name", "version"]
        case .cardDriverMinor: ["major", "name"]
        case .filterExamples: ["examples"]
        case .filterTwo: ["first", "second"]
        case .filterLabel: ["caption"]
        default: []
        }
    }

    /// Whether the text is HTML (the key ends in `_html`).
    var isHTML: Bool { rawValue.hasSuffix("_html") }
}
