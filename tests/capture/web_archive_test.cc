#include "capture/web_archive.h"

#include <unistd.h>
#include <zip.h>
#include <zlib.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include <gtest/gtest.h>

#include "capture/saved_page.h"

namespace contentc::capture {
namespace {

std::string record(const std::string& type, const std::string& uri, const std::string& block,
                   const std::string& content_type = "application/http; msgtype=response") {
  return "WARC/1.1\r\nWARC-Type: " + type + "\r\nWARC-Target-URI: " + uri +
         "\r\nWARC-Date: 2026-11-30T10:20:30.123456Z\r\nContent-Type: " + content_type +
         "\r\nContent-Length: " + std::to_string(block.size()) + "\r\n\r\n" + block + "\r\n\r\n";
}

std::string http(const std::string& body, const std::string& extra = "") {
  return "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n" + extra + "\r\n" + body;
}

std::string gzip(const std::string& data) {
  z_stream z{};
  deflateInit2(&z, 9, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY);
  std::string out(deflateBound(&z, data.size()) + 64, '\0');
  z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
  z.avail_in = static_cast<uInt>(data.size());
  z.next_out = reinterpret_cast<Bytef*>(out.data());
  z.avail_out = static_cast<uInt>(out.size());
  deflate(&z, Z_FINISH);
  out.resize(z.total_out);
  deflateEnd(&z);
  return out;
}

const std::string kPage =
    "<html><body><main><h1>Cat cow</h1><p>Move slowly between the two positions, ten times.</p></main></body></html>";

TEST(WebArchive, TakesTheOnlyHtmlResponse) {
  const std::string warc = record("warcinfo", "", "software: test\r\n", "application/warc-fields") +
                           record("request", "https://example.org/cat-cow", "GET /cat-cow HTTP/1.1\r\n\r\n") +
                           record("response", "https://example.org/cat-cow", http(kPage)) +
                           record("response", "https://example.org/style.css",
                                  "HTTP/1.1 200 OK\r\nContent-Type: text/css\r\n\r\nbody{}");
  const CapturedPage page = capture_page(warc, "", CaptureLimits{});
  ASSERT_EQ(page.error, "");
  EXPECT_EQ(page.format, "warc");
  EXPECT_EQ(page.url, "https://example.org/cat-cow");
  EXPECT_EQ(page.captured, "2026-11-30T10:20:30Z");
  EXPECT_EQ(page.snapshot, "# Cat cow\n\nMove slowly between the two positions, ten times.\n");
  EXPECT_EQ(page.sha256.size(), 64u);
}

TEST(WebArchive, GzipMembersChunkedAndCompressedBodies) {
  const std::string chunked = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nTransfer-Encoding: chunked\r\n"
                              "Content-Encoding: gzip\r\n\r\n";
  const std::string body = gzip(kPage);
  std::ostringstream chunks;
  chunks << std::hex << body.size() << "\r\n" << body << "\r\n0\r\n\r\n";
  const std::string warc_gz = gzip(record("warcinfo", "", "x\r\n", "application/warc-fields")) +
                              gzip(record("response", "https://Example.org/cat-cow#top", chunked + chunks.str()));
  const CapturedPage page = capture_page(warc_gz, "https://example.org/cat-cow", CaptureLimits{});
  ASSERT_EQ(page.error, "");
  EXPECT_EQ(page.format, "warc.gz");
  EXPECT_EQ(page.snapshot, "# Cat cow\n\nMove slowly between the two positions, ten times.\n");
}

TEST(WebArchive, SeveralPagesNeedAUrl) {
  const std::string warc = record("response", "https://example.org/a", http(kPage)) +
                           record("response", "https://example.org/b", http(kPage));
  const CapturedPage none = capture_page(warc, "", CaptureLimits{});
  EXPECT_NE(none.error.find("holds 2 HTML pages; name one with --url"), std::string::npos) << none.error;
  EXPECT_EQ(capture_page(warc, "https://example.org/b", CaptureLimits{}).url, "https://example.org/b");
  EXPECT_NE(capture_page(warc, "https://example.org/c", CaptureLimits{}).error.find("no HTML page for"),
            std::string::npos);
}

TEST(WebArchive, LyingLengthsAndCutStreamsAreRefused) {
  std::string lying = record("response", "https://example.org/a", http(kPage));
  lying.replace(lying.find("Content-Length: ") + 16, 3, "999");
  EXPECT_NE(capture_page(lying, "", CaptureLimits{}).error.find("only"), std::string::npos);
  std::string short_length = record("response", "https://example.org/a", http(kPage));
  short_length.replace(short_length.find("Content-Length: ") + 16, 3, "50");
  EXPECT_NE(capture_page(short_length, "", CaptureLimits{}).error.find("no WARC record starts at byte"),
            std::string::npos);
  std::string not_a_number = record("response", "https://example.org/a", http(kPage));
  not_a_number.replace(not_a_number.find("Content-Length: ") + 16, 1, "x");
  EXPECT_NE(capture_page(not_a_number, "", CaptureLimits{}).error.find("not a number"), std::string::npos);
  const std::string gz = gzip(record("response", "https://example.org/a", http(kPage)));
  EXPECT_NE(capture_page(gz.substr(0, gz.size() / 2), "", CaptureLimits{}).error.find("ends in the middle"),
            std::string::npos);
}

TEST(WebArchive, DecompressionIsBounded) {
  const std::string bomb = gzip(record("resource", "https://example.org/a", std::string(8 << 20, 'a'), "text/html"));
  CaptureLimits limits;
  limits.max_archive = 1 << 20;
  EXPECT_NE(capture_page(bomb, "", limits).error.find("more than 1048576 bytes"), std::string::npos);
}

std::string wacz(const std::vector<std::pair<std::string, std::string>>& files) {
  const std::filesystem::path path = std::filesystem::temp_directory_path() / ("contentc-test-" + std::to_string(getpid()) + ".wacz");
  int error = 0;
  zip_t* z = zip_open(path.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &error);
  for (const auto& [name, data] : files) {
    zip_source_t* s = zip_source_buffer(z, data.data(), data.size(), 0);
    zip_file_add(z, name.c_str(), s, ZIP_FL_OVERWRITE);
  }
  zip_close(z);
  std::ifstream in(path, std::ios::binary);
  std::string out((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  std::filesystem::remove(path);
  return out;
}

TEST(WebArchive, ReadsAWacz) {
  const std::string w = wacz({{"datapackage.json", "{}"},
                              {"pages/pages.jsonl", "{\"url\":\"https://example.org/cat-cow\"}\n"},
                              {"archive/data.warc.gz", gzip(record("response", "https://example.org/cat-cow", http(kPage)))}});
  const CapturedPage page = capture_page(w, "", CaptureLimits{});
  ASSERT_EQ(page.error, "");
  EXPECT_EQ(page.format, "wacz");
  EXPECT_EQ(page.url, "https://example.org/cat-cow");
  EXPECT_NE(capture_page(wacz({{"datapackage.json", "{}"}}), "", CaptureLimits{}).error.find("no WARC file"),
            std::string::npos);
  // A small zip that inflates past the limit stops at the limit.
  CaptureLimits limits;
  limits.max_archive = 1 << 20;
  const std::string bomb = wacz({{"archive/big.warc", std::string(4 << 20, 'W')}});
  EXPECT_NE(capture_page(bomb, "", limits).error.find("more than 1048576 bytes"), std::string::npos);
  EXPECT_FALSE(capture_page("PK\x03\x04 not really a zip", "", CaptureLimits{}).error.empty());
}

}  // namespace
}  // namespace contentc::capture
