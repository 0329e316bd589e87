// libFuzzer target on web archives: any bytes as a WARC, a WARC.gz or a WACZ (the first bytes
// decide, as for `contentc snapshot`), with small limits so that a bomb is caught quickly. Any
// outcome is fine but a crash, a hang or a sanitizer report; a refusal must say why.
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "capture/saved_page.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  contentc::capture::CaptureLimits limits;
  limits.max_page = 1 << 20;
  limits.max_archive = 4 << 20;
  const contentc::capture::CapturedPage page = contentc::capture::capture_page(input, "", limits);
  if (page.error.empty() == page.snapshot.empty()) std::abort();
  return 0;
}
