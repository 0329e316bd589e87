#pragma once

#include <filesystem>
#include <string>
#include <string_view>

namespace contentc {

/// A skeleton entry of `kind` (article, condition, exercise, stretch, advice, claim) with id
/// `id`, indented for a place directly inside `<content>`: every element of the kind in the
/// schema's order, each after a comment saying what goes there. The elements an entry needs (the
/// required ones, and a cite) are written with placeholders: "TODO" for text, "todo" for ids
/// and terms, so the skeleton is valid against schema/content.xsd as it is and the checks then
/// point at every placeholder still to fill. The optional ones are written inside comments,
/// ready to be uncommented.
/// Empty when `kind` is not one of the six.
std::string entry_skeleton(std::string_view kind, std::string_view id);

/// A whole content file holding `entries`: the XML declaration, an `xml-model` line naming
/// content.xsd in `schema_dir` (for editors' completion), and `<content>` around them.
std::string content_file(std::string_view entries, std::string_view schema_dir);

/// Adds `entry` (from entry_skeleton) at the end of content file `path`, before `</content>`:
/// the file must be well-formed with root <content>, must not hold an entry with id `id`, and
/// is replaced at once (a new file renamed over it, with its permissions) only when the result
/// is well-formed. A `path` that does not exist yet (in a folder that does) is created as a
/// content file holding the entry (content_file, the schemas in `schema_dir`), never over a
/// file made meanwhile. Returns what went wrong, or an empty string.
std::string add_to_content_file(const std::filesystem::path& path, std::string_view entry, std::string_view id,
                                std::string_view schema_dir);

}  // namespace contentc
