/** The `--help` text: every command, flag and exit code. */
export const HELP = `Usage: syria-counter-isis <command> [options]

Commands
  timeline [--from EDTF] [--to EDTF] [--by day|month|year] [--category operation|development]
           [--format text|md|json]
      The timeline of operations and dated quotes, grouped by month unless --by says otherwise;
      --category keeps only operations or only developments (joining the coalition, a handover,
      a detainee transfer...) among the operation records, and every dated quote.
  query operations [filters] [--format table|csv|json|ndjson]
      Operations that match every filter given:
        --from EDTF --to EDTF      date range (e.g. 2025-08, 2025-10-18)
        --date-mode overlaps|within  how an item's date must meet the range (default overlaps)
        --actor ID                 a participant or affected actor (repeatable: any of)
        --role ROLE                lead, partner, support, coordinated, target, handing-over,
                                   receiving, host, chair or subject (with --actor)
        --location ID              a place, or anything inside it (repeatable: any of)
        --type TYPE                an operation type (repeatable: any of)
        --category CATEGORY        operation or development (records of that category only)
        --certainty LEVEL          confirmed, reported, claimed, believed or disputed (repeatable)
        --grade GRADE              contested, acknowledged, corroborated or single-source (repeatable)
        --min-killed N --min-detained N
  query quotes [filters] [--format table|csv|json|ndjson]
      Quotes that match every filter given:
        --speaker ID               who said it (repeatable: any of)
        --operation ID             an operation it is about (repeatable)
        --actor ID                 an actor it is about (repeatable)
        --location ID              a place it is about, or anything inside it (repeatable)
        --topic TOPIC              a topic it is about (repeatable)
        --mode direct|indirect --channel CHANNEL (repeatable)
        --from EDTF --to EDTF --date-mode overlaps|within   (undated quotes never match a date)
  query actors [TEXT] [--format table|csv|json|ndjson]
  query locations [TEXT] [--format table|csv|json|ndjson]
      Every actor or place, or those whose name or alias matches TEXT, in English or Arabic
      (hamza, diacritics and the article are ignored: "براك", "Barrack", "al bab").
  export (--format FORMATS | --all) --out DIR [--bom] [--escape-formulas] [--force]
      Writes the dataset into DIR (created if missing) in the layout of the package's dist/data/:
      csv/ with datapackage.json, ndjson/, geojson/, json-schema/. FORMATS is a comma-separated
      list of csv, ndjson, geojson and json-schema; --all writes every one.
        --bom              start each CSV file with a byte order mark (for Excel)
        --escape-formulas  prefix ' to CSV text cells starting with = + - @ tab CR or '
                           (so spreadsheets do not run them; drop the leading ' to undo)
        --force            overwrite export files already in DIR (never through a symbolic link)
  validate [PATH]
      Validates a data folder (default: ./data) or a JSON file with the rules of parseDataset:
      a file holding a whole dataset ({ "sources": [...], "actors": [...], ... }) is checked on
      its own; a file of records of one kind ({ "records": [...] } or an array, kind taken from
      --kind or the file name, e.g. operations.json) replaces the shipped records of that kind.
      A data folder with releases/*.json must keep every released id or redirect it, and its
      corrections must carry a released version or the next one, dated no later than it.
      Prints every problem in one run, each with its file, record id and field (with the
      nearest known id for a mistyped one); exits 1 if there is any.

Evidence words (timeline and every query)
  --source-text FILE   (or --article FILE) the source article's text, for the words of every
                       evidence span: the package ships offsets, not the article. FILE must be
                       the text the offsets refer to (checked by the SHA-256 and length of its
                       source record). Tables and timelines end with each record's spans and
                       words; JSON and NDJSON records carry them as "exact"; not with csv.

Options
  -h, --help       this text
  -v, --version    the package and dataset version
  A flag that takes one value may be given once; the repeatable ones are marked above.

Exit codes: 0 success, 1 invalid data, 2 usage error (bad flag, unknown id, unreadable file),
3 output could not be written (e.g. disk full) or an unexpected error (a bug).
`
