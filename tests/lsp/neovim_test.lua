-- End-to-end through a real editor: Neovim's built-in LSP client (Debian's neovim 0.7) attaches
-- `contentc lsp` to a copy of the sources, opens a file, breaks a section name in the unsaved
-- buffer, reads the diagnostics back, asks for the quick fix and applies its edit, and checks
-- that the diagnostics clear. Run headless: nvim --headless -u NONE -l is not in 0.7, so
--   CONTENTC=… SOURCES=… nvim --headless -u NONE -c "luafile neovim_test.lua"
local contentc, sources = os.getenv("CONTENTC"), os.getenv("SOURCES")

local function finish(ok, message)
  io.stdout:write((ok and "ok: " or "FAIL: ") .. message .. "\n")
  vim.cmd(ok and "qall!" or "cquit!")
end

local function wait_for(what, predicate)
  if not vim.wait(20000, predicate, 20) then finish(false, "timed out waiting for " .. what) end
end

local client_id = vim.lsp.start_client({
  name = "contentc",
  cmd = { contentc, "lsp", "--today", "2026-06-01" },
  root_dir = sources,
})
if not client_id then finish(false, "the client did not start") end

vim.cmd("edit " .. sources .. "/a.xml")
local buf = vim.api.nvim_get_current_buf()
vim.lsp.buf_attach_client(buf, client_id)
wait_for("initialize", function()
  local client = vim.lsp.get_client_by_id(client_id)
  return client and client.initialized
end)

-- Break the section on line 5 in the buffer only (nothing is saved).
local line = vim.api.nvim_buf_get_lines(buf, 4, 5, false)[1]
local broken = line:gsub('section="Seated Ball Squeezes"', 'section="Seated Ball Squeeze"')
vim.api.nvim_buf_set_lines(buf, 4, 5, false, { broken })
wait_for("a section-not-found diagnostic", function()
  for _, d in ipairs(vim.diagnostic.get(buf)) do
    if d.code == "section-not-found" then return true end
  end
  return false
end)
local d = vim.diagnostic.get(buf)[1]
if d.lnum ~= 4 or d.col ~= 33 or d.severity ~= vim.diagnostic.severity.WARN then
  finish(false, string.format("diagnostic at %d:%d severity %d", d.lnum, d.col, d.severity))
end

-- The quick fix, through the client's own request and edit machinery.
local params = {
  textDocument = { uri = vim.uri_from_bufnr(buf) },
  range = { start = { line = 4, character = 33 }, ["end"] = { line = 4, character = 33 } },
  context = { diagnostics = vim.lsp.diagnostic.get_line_diagnostics(buf, 4) },
}
local replies = vim.lsp.buf_request_sync(buf, "textDocument/codeAction", params, 20000)
local action
for _, reply in pairs(replies or {}) do
  for _, a in ipairs(reply.result or {}) do
    if a.title == "name the section 'Seated Ball Squeezes'" then action = a end
  end
end
if not action then finish(false, "no quick fix offered: " .. vim.inspect(replies)) end
vim.lsp.util.apply_workspace_edit(action.edit, "utf-16")
local fixed = vim.api.nvim_buf_get_lines(buf, 4, 5, false)[1]
if fixed ~= line then finish(false, "the fix gave: " .. fixed) end

wait_for("the diagnostics to clear", function() return #vim.diagnostic.get(buf) == 0 end)

-- Hover on the quote shows its passage.
local hover = vim.lsp.buf_request_sync(buf, "textDocument/hover",
  { textDocument = { uri = vim.uri_from_bufnr(buf) }, position = { line = 4, character = 60 } }, 20000)
local shown = ""
for _, reply in pairs(hover or {}) do
  if reply.result then shown = reply.result.contents.value end
end
if not shown:find("Hold the contraction for 5 seconds", 1, true) then finish(false, "hover: " .. shown) end

-- A word the dictionaries lack, added to policy.xml's accept list by the code action: the edit
-- goes to policy.xml (its <spelling/> opened up around the word), which is saved, and the next
-- check no longer reports it.
vim.api.nvim_buf_set_lines(buf, 3, 4, false, { "    <name>Pelvic pain</name><summary>Kinesio taping helps.</summary>" })
wait_for("a spelling diagnostic", function()
  for _, diag in ipairs(vim.diagnostic.get(buf)) do
    if diag.code == "spelling" then return true end
  end
  return false
end)
local spelt = vim.lsp.buf_request_sync(buf, "textDocument/codeAction", {
  textDocument = { uri = vim.uri_from_bufnr(buf) },
  range = { start = { line = 3, character = 0 }, ["end"] = { line = 3, character = 0 } },
  context = { diagnostics = vim.lsp.diagnostic.get_line_diagnostics(buf, 3) },
}, 20000)
local accept
for _, reply in pairs(spelt or {}) do
  for _, a in ipairs(reply.result or {}) do
    if a.title == "Add 'Kinesio' to the accept list in policy.xml" then accept = a end
  end
end
if not accept then finish(false, "no accept-list action: " .. vim.inspect(spelt)) end
vim.lsp.util.apply_workspace_edit(accept.edit, "utf-16")
local policy = vim.fn.bufnr(sources .. "/policy.xml")
vim.api.nvim_buf_call(policy, function() vim.cmd("write") end)
local saved = table.concat(vim.fn.readfile(sources .. "/policy.xml"), "\n")
if not saved:find('<spelling dictionaries="en_US en_med_glut"><accept>Kinesio</accept></spelling>', 1, true) then
  finish(false, "policy.xml after the action: " .. saved)
end
vim.api.nvim_buf_set_lines(buf, 3, 4, false, { "    <name>Pelvic pain</name><summary>Kinesio taping helps!</summary>" })
wait_for("the spelling diagnostic to clear", function()
  for _, diag in ipairs(vim.diagnostic.get(buf)) do
    if diag.code == "spelling" then return false end
  end
  return true
end)

vim.lsp.stop_client(client_id)
finish(true, "diagnostics, quick fixes and hover through Neovim " .. tostring(vim.version().minor))
