import Compat

/// Every reader-facing text the build writes, by its key in the theme's `strings/<language>.yaml`.
///
/// The raw value is the key (`group.name`). A key ending in `_html` holds HTML; every other key holds plain text.
/// `arguments` lists the `{name}` placeholders a key's text may use; the build fills them in.
enum UIText: String, TextKey {
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
    /// The language's name in itself, on the language switch of every edition.
    case languageName = "page.language_name"
    case languageSwitch = "page.language_switch"
    /// Above a page of a translation that is not translated yet; `{original}` is the original's URL, `{language}`
    /// the original language's name.
    case untranslatedHTML = "page.untranslated_html"

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
    case cardComputeCapabilityInferredValue = "search.card_compute_capability_inferred_value"
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

    // Generated pages (matrices, GPU, CUDA and PyTorch pages, resolver, diagnose, change log).
    case resolverTitle = "pages.resolver_title"
    case resolverSummary = "pages.resolver_summary"
    case driverMatrixTitle = "pages.driver_matrix_title"
    case driverMatrixSummary = "pages.driver_matrix_summary"
    case pytorchMatrixTitle = "pages.pytorch_matrix_title"
    case pytorchMatrixSummary = "pages.pytorch_matrix_summary"
    case cudnnMatrixTitle = "pages.cudnn_matrix_title"
    case cudnnMatrixSummary = "pages.cudnn_matrix_summary"
    case gpuMatrixTitle = "pages.gpu_matrix_title"
    case gpuMatrixSummary = "pages.gpu_matrix_summary"
    case diagnoseTitle = "pages.diagnose_title"
    case diagnoseSummary = "pages.diagnose_summary"
    case changesTitle = "pages.changes_title"
    case changesSummary = "pages.changes_summary"
    case gpuSummary = "pages.gpu_summary"
    case cudaTitle = "pages.cuda_title"
    case cudaSummary = "pages.cuda_summary"
    case pytorchSummary = "pages.pytorch_summary"
    case diagnoseIntro = "diagnose.intro"
    case diagnosePasteLabel = "diagnose.paste_label"
    case diagnosePlaceholder = "diagnose.placeholder"
    case diagnoseRun = "diagnose.run"
    case diagnoseNoscript = "diagnose.noscript"
    case diagnoseOfflineHeading = "diagnose.offline_heading"
    case diagnoseOfflineHTML = "diagnose.offline_html"
    case driverMatrixIntro = "matrices.driver_intro"
    case driverMatrixRules = "matrices.driver_rules"
    case driverMatrixMinorHeading = "matrices.driver_minor_heading"
    case driverMatrixMajorColumn = "matrices.driver_major_column"
    case driverMatrixLinuxColumn = "matrices.driver_linux_column"
    case driverMatrixWindowsColumn = "matrices.driver_windows_column"
    case driverMatrixAll = "matrices.driver_all"
    case pytorchMatrixIntro = "matrices.pytorch_intro"
    case cudnnMatrixIntro = "matrices.cudnn_intro"
    case gpuMatrixIntro = "matrices.gpu_intro"
    case gpuMatrixRules = "matrices.gpu_rules"
    case gpuMatrixAll = "matrices.gpu_all"
    case gpuMatrixArchitectures = "matrices.gpu_architectures"
    case gpuMatrixCapabilitiesColumn = "matrices.gpu_capabilities_column"
    case gpuMatrixCapabilityValue = "matrices.gpu_capability_value"
    case gpuMatrixDeprecatedColumn = "matrices.gpu_deprecated_column"
    case gpuMatrixRemovedColumn = "matrices.gpu_removed_column"
    case architecture = "fragment.architecture"
    case computeCapability = "fragment.compute_capability"
    case computeCapabilityValue = "fragment.compute_capability_value"
    case computeCapabilityInferredValue = "fragment.compute_capability_inferred_value"
    case minorFloor = "fragment.minor_floor"
    case released = "fragment.released"
    case notGivenByNVIDIA = "fragment.not_given"
    case archListSource = "fragment.arch_list_source"
    case gpuMemory = "gpu.memory"
    case gpuAliases = "gpu.aliases"
    case gpuFirstCUDA = "gpu.first_cuda"
    case gpuFirstCUDADrivers = "gpu.first_cuda_drivers"
    case gpuLastCUDA = "gpu.last_cuda"
    case gpuLastCUDARemoved = "gpu.last_cuda_removed"
    case gpuStillSupported = "gpu.still_supported"
    case gpuPeak = "gpu.peak"
    case gpuSeeAlso = "gpu.see_also"
    case gpuResolverButton = "gpu.resolver_button"
    case gpuBuildsHeading = "gpu.builds_heading"
    case gpuBuildsIntro = "gpu.builds_intro"
    case gpuVerdictColumn = "gpu.verdict_column"
    case gpuBuildsColumn = "gpu.builds_column"
    case gpuReasonColumn = "gpu.reason_column"
    case gpuBenchHeading = "gpu.bench_heading"
    case gpuBenchCited = "gpu.bench_cited"
    case gpuBenchMeasured = "gpu.bench_measured"
    case cudaVersion = "cuda.version"
    case cudaVersionValue = "cuda.version_value"
    case cudaLinuxDriver = "cuda.linux_driver"
    case cudaWindowsDriver = "cuda.windows_driver"
    case cudaMinorFloorValue = "cuda.minor_floor_value"
    case cudaPrevious = "cuda.previous"
    case cudaNext = "cuda.next"
    case cudaArchitecturesHeading = "cuda.architectures_heading"
    case cudaArchRemoved = "cuda.arch_removed"
    case cudaArchNotYet = "cuda.arch_not_yet"
    case cudaArchDeprecated = "cuda.arch_deprecated"
    case cudaArchSupported = "cuda.arch_supported"
    case cudaArchNew = "cuda.arch_new"
    case cudaArchColumn = "cuda.arch_column"
    case cudaCuDNNHeading = "cuda.cudnn_heading"
    case cudaCuDNNNone = "cuda.cudnn_none"
    case cudaCuDNNInferred = "cuda.cudnn_inferred"
    case cudaCuDNNMatrixLink = "cuda.cudnn_matrix_link"
    case cudaCuDNNTailHTML = "cuda.cudnn_tail_html"
    case cudaPyTorchHeading = "cuda.pytorch_heading"
    case cudaPyTorchNone = "cuda.pytorch_none"
    case cudaPyTorchTag = "cuda.pytorch_tag"
    case pytorchDefault = "pytorch.default"
    case pytorchDefaultValue = "pytorch.default_value"
    case pytorchInstallHeading = "pytorch.install_heading"
    case pytorchCPUBuild = "pytorch.cpu_build"
    case pytorchCUDABuild = "pytorch.cuda_build"
    case pytorchPlatforms = "pytorch.platforms"
    case pytorchNeedsDriver = "pytorch.needs_driver"
    case pytorchNeedsDriverValue = "pytorch.needs_driver_value"
    case pytorchArchitectures = "pytorch.architectures"
    case pytorchArmWheels = "pytorch.arm_wheels"
    case pytorchArmUnknown = "pytorch.arm_unknown"
    case pytorchArchPartial = "pytorch.arch_partial"
    case pytorchWindowsWheels = "pytorch.windows_wheels"
    case pytorchWindowsUnknown = "pytorch.windows_unknown"
    case pytorchWindowsCommand = "pytorch.windows_command"
    case pytorchGPUHeading = "pytorch.gpu_heading"
    case pytorchGPUIntro = "pytorch.gpu_intro"
    case pytorchGPURow = "pytorch.gpu_row"
    case resolverIntro = "resolver.intro"
    case resolverGPUPlaceholder = "resolver.gpu_placeholder"
    case resolverOS = "resolver.os"
    case resolverDriver = "resolver.driver"
    case resolverDriverPlaceholder = "resolver.driver_placeholder"
    case resolverPython = "resolver.python"
    case resolverPythonPlaceholder = "resolver.python_placeholder"
    case resolverManager = "resolver.manager"
    case resolverCPU = "resolver.cpu"
    case resolverCPUAuto = "resolver.cpu_auto"
    case resolverCPUX86 = "resolver.cpu_x86_64"
    case resolverCPUArm = "resolver.cpu_aarch64"
    case resolverBasisCPUHTML = "resolver.basis_cpu_html"
    case resolverSubmit = "resolver.submit"
    case resolverNoscript = "resolver.noscript"
    case resolverBasisHeading = "resolver.basis_heading"
    case resolverBasisDriverHTML = "resolver.basis_driver_html"
    case resolverBasisGPUHTML = "resolver.basis_gpu_html"
    case resolverBasisPythonHTML = "resolver.basis_python_html"
    case resolverGPUMatrixLink = "resolver.gpu_matrix_link"
    case resolverPyTorchMatrixLink = "resolver.pytorch_matrix_link"
    case changesIntroHTML = "changes.intro_html"

    // Live checks (```check blocks) and their recorded runs.
    case checkLabel = "check.label"
    case checkNeeds = "check.needs"
    case checkSample = "check.sample"
    case checkNone = "check.none"
    case checkRunsTitle = "check.runs_title"
    case checkRuleMatchHTML = "check.rule_match_html"
    case checkRuleExit = "check.rule_exit"
    case checkHow = "check.how"
    case checkRuleSeparator = "check.rule_separator"
    case checkHowHTML = "check.how_html"
    case checkTimeout = "check.timeout"
    case checkFailed = "check.failed"
    case checkStale = "check.stale"
    case checkSkipped = "check.skipped"
    case checkStaleExplainHTML = "check.stale_explain_html"
    case checkNotRun = "check.not_run"
    case checkMissingRequirement = "check.missing_requirement"
    case checkNotPassed = "check.not_passed"
    case checkExitCode = "check.exit_code"
    case checkNoExitCode = "check.no_exit_code"
    case checkDuration = "check.duration"
    case checkStdout = "check.stdout"
    case checkStderr = "check.stderr"
    case checkUnderTenthSecond = "check.under_tenth_second"
    case checkSeconds = "check.seconds"
    case checkTorchCUDA = "check.torch_cuda"
    case checkNoGPU = "check.no_gpu"
    case checkMachine = "check.machine"

    // Support-window charts (```timeline), driver branches, facts in text, install blocks.
    case timelineArchTitle = "timeline.arch_title"
    case timelineArchRemovedBefore = "timeline.arch_removed_before"
    case timelineArchSummary = "timeline.arch_summary"
    case timelineArchDeprecated = "timeline.arch_deprecated"
    case timelineArchRemoved = "timeline.arch_removed"
    case timelineArchStill = "timeline.arch_still"
    case timelineArchTailNow = "timeline.arch_tail_now"
    case timelineArchTailUntil = "timeline.arch_tail_until"
    case timelineArchCaption = "timeline.arch_caption"
    case timelinePyTitle = "timeline.py_title"
    case timelinePyBuilds = "timeline.py_builds"
    case timelinePyCell = "timeline.py_cell"
    case timelinePyBuildCell = "timeline.py_build_cell"
    case timelinePyLinuxOnly = "timeline.py_linux_only"
    case timelinePyDefault = "timeline.py_default"
    case timelinePyCaption = "timeline.py_caption"
    case timelineBranchTitle = "timeline.branch_title"
    case timelineBranchSummary = "timeline.branch_summary"
    case timelineBranchStart = "timeline.branch_start"
    case timelineBranchStartUnknown = "timeline.branch_start_unknown"
    case timelineBranchEnd = "timeline.branch_end"
    case timelineBranchNoEnd = "timeline.branch_no_end"
    case timelineBranchUntil = "timeline.branch_until"
    case timelineBranchUntilUnknownStart = "timeline.branch_until_unknown_start"
    case timelineBranchNoEOL = "timeline.branch_no_eol"
    case timelineBranchCaption = "timeline.branch_caption"
    case factStillSupported = "fact.still_supported"
    case factAndLater = "fact.and_later"
    case factRangeAnd = "fact.range_and"
    case factYearMonth = "fact.year_month"
    case installCUDAComment = "install.cuda_comment"
    case installCPUComment = "install.cpu_comment"

    // Benchmark charts and tables (the bench directive).
    case benchUnknownGPU = "bench.unknown_gpu"
    case benchMeasured = "bench.measured"
    case benchCited = "bench.cited"
    case benchCitedDetail = "bench.cited_detail"
    case benchEmpty = "bench.empty"
    case benchAxisHigher = "bench.axis_higher"
    case benchAxisLower = "bench.axis_lower"
    case benchCitedSuffix = "bench.cited_suffix"
    case benchSpread = "bench.spread"
    case benchSpreadStdev = "bench.spread_stdev"
    case benchPeak = "bench.peak"
    case benchTimed = "bench.timed"
    case benchSingleCall = "bench.single_call"
    case benchDerived = "bench.derived"
    case benchColumnGPUEnvironment = "bench.column_gpu_environment"
    case benchColumnKind = "bench.column_kind"
    case benchColumnResult = "bench.column_result"
    case benchColumnEfficiency = "bench.column_efficiency"
    case benchColumnMethod = "bench.column_method"
    case benchCitedFrom = "bench.cited_from"
    case benchSourceDate = "bench.source_date"
    case benchMethodIssues = "bench.method_issues"
    case benchMeasuredWithHTML = "bench.measured_with_html"
    case benchContainer = "bench.container"
    case benchSystemSeparator = "bench.system_separator"
    case benchTorchCUDA = "bench.torch_cuda"
    case benchColumnDriver = "bench.column_driver"
    case benchColumnCUDADriver = "bench.column_cuda_driver"
    case benchColumnSystem = "bench.column_system"
    case benchColumnDate = "bench.column_date"
    case benchColumnSource = "bench.column_source"

    // The glossary table (the glossary directive).
    case glossaryCaption = "glossary.caption"
    case glossaryColumnTerm = "glossary.column_term"
    case glossaryColumnEnglish = "glossary.column_english"
    case glossaryColumnAvoid = "glossary.column_avoid"
    case glossaryColumnMeaning = "glossary.column_meaning"

    // Texts the theme's scripts write (site.js, search.js, resolve.js, diagnose.js), shipped as assets/text.<language>.js.
    case scriptCopied = "script.copied"
    case scriptCopyFailed = "script.copy_failed"
    case scriptDarkMode = "script.dark_mode"
    case scriptToLight = "script.to_light"
    case scriptToDark = "script.to_dark"
    case scriptRowsFiltered = "script.rows_filtered"
    case scriptDriver = "script.driver"
    case scriptProfileBar = "script.profile_bar"
    case scriptProfileResolve = "script.profile_resolve"
    case scriptProfileClear = "script.profile_clear"
    case scriptProfileDriverFact = "script.profile_driver_fact"
    case scriptAppliesGPUMine = "script.applies_gpu_mine"
    case scriptAppliesGPUOther = "script.applies_gpu_other"
    case scriptAppliesGPUOtherLink = "script.applies_gpu_other_link"
    case scriptAppliesGPUPage = "script.applies_gpu_page"
    case scriptAppliesRelease = "script.applies_release"
    case scriptVerdictTitle = "script.verdict_title"
    case scriptMatrixVerdicts = "script.matrix_verdicts"
    case scriptReleaseMacOS = "script.release_macos"
    case scriptReleaseUnknownGPU = "script.release_unknown_gpu"
    case scriptReleaseNoBuild = "script.release_no_build"
    case scriptReleaseLine = "script.release_line"
    case scriptReleaseLineNoDriver = "script.release_line_no_driver"
    case scriptReleaseLineWhy = "script.release_line_why"
    case scriptReleaseUpgrade = "script.release_upgrade"
    case scriptWideHint = "script.wide_hint"
    case scriptSearchShardEmpty = "script.search_shard_empty"
    case scriptSearchShardMissing = "script.search_shard_missing"
    case scriptSearchCorrected = "script.search_corrected"
    case scriptSearchRewritten = "script.search_rewritten"
    case scriptSearchNoteSeparator = "script.search_note_separator"
    case scriptSearchNote = "script.search_note"
    case scriptCardDriverNone = "script.card_driver_none"
    case scriptCardDetails = "script.card_details"
    case scriptCardOpenResolver = "script.card_open_resolver"
    case scriptSearchNone = "script.search_none"
    case scriptSearchPrompt = "script.search_prompt"
    case scriptSearchNoTerms = "script.search_no_terms"
    case scriptSearchStart = "script.search_start"
    case scriptSearchFound = "script.search_found"
    case scriptSearchFoundShown = "script.search_found_shown"
    case scriptSearchTime = "script.search_time"
    case scriptSearchNoneFor = "script.search_none_for"
    case scriptResolveGPUPrompt = "script.resolve_gpu_prompt"
    case scriptResolveGPUUnknown = "script.resolve_gpu_unknown"
    case scriptResolveGPUSummary = "script.resolve_gpu_summary"
    case scriptResolveGPUSummaryNoFirst = "script.resolve_gpu_summary_no_first"
    case scriptResolveCCInferred = "script.resolve_cc_inferred"
    case scriptResolveDriverUnreadable = "script.resolve_driver_unreadable"
    case scriptResolveNewestToolkit = "script.resolve_newest_toolkit"
    case scriptResolveToolkitLink = "script.resolve_toolkit_link"
    case scriptResolveSentenceEnd = "script.resolve_sentence_end"
    case scriptResolveNoToolkit = "script.resolve_no_toolkit"
    case scriptResolveMinorCompat = "script.resolve_minor_compat"
    case scriptResolveCapped = "script.resolve_capped"
    case scriptResolveCounts = "script.resolve_counts"
    case scriptResolveRecommended = "script.resolve_recommended"
    case scriptResolveReasonsCommand = "script.resolve_reasons_command"
    case scriptResolveReasons = "script.resolve_reasons"
    case scriptResolveShowAll = "script.resolve_show_all"
    case scriptResolveAfterUpgrade = "script.resolve_after_upgrade"
    case scriptProfileSave = "script.profile_save"
    case scriptProfileSaved = "script.profile_saved"
    case scriptProfileNotSaved = "script.profile_not_saved"
    case scriptDiagnoseSources = "script.diagnose_sources"
    case scriptDiagnoseSourceNvidiaSmi = "script.diagnose_source_nvidia_smi"
    case scriptDiagnoseSourceNvidiaSmiCSV = "script.diagnose_source_nvidia_smi_csv"
    case scriptDiagnoseSourceNvcc = "script.diagnose_source_nvcc"
    case scriptDiagnoseSourceCollectEnv = "script.diagnose_source_collect_env"
    case scriptDiagnoseSourceTorchPrint = "script.diagnose_source_torch_print"
    case scriptDiagnoseSourcePackageList = "script.diagnose_source_package_list"
    case scriptDiagnoseSourceDocker = "script.diagnose_source_docker"
    case scriptDiagnoseSourceDriverLog = "script.diagnose_source_driver_log"
    case scriptDiagnoseSourceEnvList = "script.diagnose_source_env_list"
    case scriptDiagnoseDriverVersion = "script.diagnose_driver_version"
    case scriptDiagnoseCUDAVersion = "script.diagnose_cuda_version"
    case scriptDiagnoseGPUCount = "script.diagnose_gpu_count"
    case scriptDiagnoseOS = "script.diagnose_os"
    case scriptDiagnoseTorchCUDA = "script.diagnose_torch_cuda"
    case scriptDiagnoseNvcc = "script.diagnose_nvcc"
    case scriptDiagnoseOSUnknown = "script.diagnose_os_unknown"
    case scriptSeverityError = "script.severity_error"
    case scriptSeverityWarning = "script.severity_warning"
    case scriptSeverityInfo = "script.severity_info"
    case scriptDiagnoseHowToFix = "script.diagnose_how_to_fix"
    case scriptDiagnoseOpenResolver = "script.diagnose_open_resolver"
    case scriptDiagnoseSave = "script.diagnose_save"
    case scriptDiagnoseSaved = "script.diagnose_saved"
    case scriptDiagnoseNotSaved = "script.diagnose_not_saved"

    // check_env.py's terminal report and its --help (embedded in the published script, see `DownloadScripts`).
    case reportTitle = "report.title"
    case reportField = "report.field"
    case reportNoData = "report.no_data"
    case reportNoProblems = "report.no_problems"
    case reportSee = "report.see"
    case reportDescription = "report.description"
    case reportHelpReport = "report.help_report"
    case reportHelpJSON = "report.help_json"
    case reportHelpData = "report.help_data"
    case reportCannotRead = "report.cannot_read"

    // The change log's Atom feed.
    case feedTitle = "feed.title"

    /// The placeholders the build fills in for this key; a text may use any of them, and no other.
    var arguments: [String] {
        switch self {
        case .navMoreBefore, .navMoreAfter, .sectionAll, .rows: ["count"]
        case .updatedHTML: ["date"]
        case .notFoundHTML: ["home"]
        case .untranslatedHTML: ["original", "language"]
        case .cardComputeCapabilityValue, .cardComputeCapabilityInferredValue: ["cc", "sm"]
        case .cardFirstCUDADriver: ["driver"]
        case .cardMinorFloorValue: ["linux", "windows"]
        case .cardDriverNewest: ["name", "version"]
        case .cardDriverMinor: ["major", "name"]
        case .filterExamples: ["examples"]
        case .filterTwo: ["first", "second"]
        case .filterLabel: ["caption"]
        case .gpuSummary: ["name"]
        case .cudaTitle: ["name", "version"]
        case .cudaSummary, .pytorchSummary: ["version"]
        case .diagnoseOfflineHTML, .cudaCuDNNTailHTML, .resolverBasisDriverHTML, .resolverBasisGPUHTML, .resolverBasisPythonHTML, .resolverBasisCPUHTML: ["link"]
        case .gpuMatrixCapabilityValue: ["cc", "cuda"]
        case .computeCapabilityValue, .computeCapabilityInferredValue: ["cc", "sm"]
        case .gpuFirstCUDADrivers, .pytorchNeedsDriverValue: ["linux", "windows"]
        case .gpuLastCUDARemoved: ["architecture"]
        case .gpuBenchCited: ["title"]
        case .gpuBenchMeasured: ["gpu", "torch", "date"]
        case .cudaVersionValue: ["version", "name"]
        case .cudaMinorFloorValue: ["major", "linux", "windows"]
        case .cudaArchNew: ["cc"]
        case .cudaArchColumn, .cudaCuDNNNone, .cudaPyTorchNone: ["minor"]
        case .cudaPyTorchTag, .pytorchDefaultValue: ["tag"]
        case .pytorchCUDABuild: ["tag", "cuda"]
        case .pytorchWindowsCommand: ["tag"]
        case .pytorchGPURow: ["cc", "names"]
        case .changesIntroHTML: ["feed"]
        case .checkNeeds: ["needs"]
        case .checkRuleMatchHTML: ["pattern"]
        case .checkRuleExit, .checkExitCode: ["code"]
        case .checkHowHTML: ["rules", "timeout", "id", "runner"]
        case .checkStaleExplainHTML: ["old", "new"]
        case .checkNotRun: ["reason"]
        case .checkDuration: ["duration"]
        case .checkSeconds: ["seconds"]
        case .checkNoGPU: ["machine"]
        case .timelineArchRemovedBefore, .timelineArchDeprecated, .timelineArchRemoved, .timelineArchTailUntil, .factAndLater: ["version"]
        case .timelineArchSummary: ["architecture", "ccs", "first"]
        case .timelinePyCell: ["version", "python"]
        case .timelinePyBuildCell: ["version", "tag"]
        case .timelineBranchSummary: ["branch", "designation"]
        case .timelineBranchStart: ["date", "cuda"]
        case .timelineBranchEnd, .timelineBranchUntil, .timelineBranchUntilUnknownStart: ["date"]
        case .factYearMonth: ["year", "month", "month2"]
        case .reportField: ["label", "value"]
        case .reportSee: ["link"]
        case .reportCannotRead: ["error"]
        case .installCUDAComment: ["cuda"]
        case .benchCitedDetail, .benchDerived, .benchCitedFrom: ["source"]
        case .benchEmpty: ["workload"]
        case .benchAxisHigher, .benchAxisLower: ["unit"]
        case .benchSpread: ["min", "max"]
        case .benchSpreadStdev: ["min", "max", "stdev"]
        case .benchPeak: ["peak", "precision"]
        case .benchTimed: ["warmup", "repeats"]
        case .benchSingleCall: ["warm", "ratio"]
        case .benchSourceDate: ["date"]
        case .benchMeasuredWithHTML: ["command"]
        case .benchContainer: ["name"]
        case .benchTorchCUDA: ["torch", "cuda"]
        case .scriptRowsFiltered: ["shown", "total"]
        case .scriptDriver, .scriptResolveDriverUnreadable, .scriptResolveNewestToolkit, .scriptResolveNoToolkit: ["driver"]
        case .scriptProfileBar, .scriptAppliesRelease, .scriptMatrixVerdicts, .scriptDiagnoseSave: ["machine"]
        case .scriptProfileDriverFact: ["driver", "fact"]
        case .scriptAppliesGPUOther, .scriptAppliesGPUOtherLink, .scriptAppliesGPUPage, .scriptReleaseUnknownGPU, .scriptResolveGPUUnknown: ["gpu"]
        case .scriptVerdictTitle: ["status", "why"]
        case .scriptReleaseNoBuild: ["os"]
        case .scriptReleaseLine, .scriptReleaseLineNoDriver: ["variant", "status"]
        case .scriptReleaseLineWhy: ["variant", "status", "why"]
        case .scriptReleaseUpgrade: ["need", "tag"]
        case .scriptSearchShardEmpty, .scriptSearchShardMissing: ["name"]
        case .scriptSearchCorrected: ["used", "typed"]
        case .scriptSearchRewritten, .scriptSearchNoneFor: ["query"]
        case .scriptSearchNote: ["notes"]
        case .scriptSearchFound: ["total"]
        case .scriptSearchFoundShown: ["shown"]
        case .scriptSearchTime: ["ms"]
        case .scriptResolveGPUSummary: ["arch", "cc", "first"]
        case .scriptResolveGPUSummaryNoFirst: ["arch", "cc"]
        case .scriptResolveToolkitLink: ["version", "name"]
        case .scriptResolveMinorCompat: ["floor", "cuda"]
        case .scriptResolveCapped: ["cuda"]
        case .scriptResolveCounts: ["ok", "limited", "unsupported"]
        case .scriptResolveShowAll: ["count"]
        default: []
        }
    }

    /// Whether the text is HTML (the key ends in `_html`).
    var isHTML: Bool { rawValue.hasSuffix("_html") }
}
