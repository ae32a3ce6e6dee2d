-- Real-editor tier: drives Neovim's built-in LSP client (0.7+) against
-- `reseal-language-server --stdio` for the file open in the current buffer.
--
-- Run: nvim --headless --clean -c "luafile test/nvim/lsp-probe.lua" <file>
-- Env:
--   RESEAL_SERVER  path of dist/server.js
--   RESEAL_PLAN    JSON: { "wait_code": "...", "completion": [[line, col], ...],
--                  "hover": [[line, col], ...], "symbols": true, "code_action": "code",
--                  "settings": { "reseal": { "target": "xp" } },
--                  "rename": [line, col, "newName"], "format": true,
--                  "requests": [{ "method": "...", "line": l, "character": c } | { "method": "workspace/symbol", "query": "..." }] }
--   RESEAL_RESULT  where to write the JSON results (what Neovim received)
-- The Node side (test/nvim/nvim.test.ts) asserts on the results; this script
-- exits 1 only when the client cannot start or nothing arrives in time.

local function out(s) io.stdout:write(s .. '\n') end
local function fail(msg)
  out('FAIL: ' .. msg)
  vim.cmd('cquit 1')
end

local server = vim.env.RESEAL_SERVER
local plan = vim.fn.json_decode(vim.env.RESEAL_PLAN or '{}')
local result_path = vim.env.RESEAL_RESULT
if not server or not result_path then fail('RESEAL_SERVER and RESEAL_RESULT are required') end

local bufnr = vim.api.nvim_get_current_buf()
local uri = vim.uri_from_bufnr(bufnr)
local published = {} -- every publishDiagnostics for this buffer, in order

local client_id = vim.lsp.start_client({
  name = 'reseal',
  cmd = { 'node', server, '--stdio' },
  root_dir = vim.fn.fnamemodify(vim.api.nvim_buf_get_name(bufnr), ':p:h'),
  -- The "reseal" section of these settings is what the server reads (docs/editors.md).
  settings = plan.settings,
  -- Neovim 0.7 neither advertises workspace/configuration nor pushes settings
  -- on its own; like nvim-lspconfig, send them once the server is initialised.
  on_init = function(c)
    if c.config.settings and next(c.config.settings) then
      c.notify('workspace/didChangeConfiguration', { settings = c.config.settings })
    end
  end,
  handlers = {
    ['textDocument/publishDiagnostics'] = function(err, res, ctx, config)
      if res and res.uri == uri then table.insert(published, res.diagnostics) end
      return vim.lsp.diagnostic.on_publish_diagnostics(err, res, ctx, config)
    end,
  },
})
if not client_id then fail('vim.lsp.start_client returned nil') end
vim.lsp.buf_attach_client(bufnr, client_id)
local client = vim.lsp.get_client_by_id(client_id)

local function codes(diags)
  local list = {}
  for _, d in ipairs(diags or {}) do table.insert(list, d.code) end
  return list
end
local function has_code(diags, code)
  for _, d in ipairs(diags or {}) do if d.code == code then return true end end
  return false
end

local results = { server = client.server_info or vim.NIL }

-- 1. Diagnostics: wait for a publication that carries the expected code.
local ok = vim.wait(15000, function()
  return #published > 0 and (plan.wait_code == nil or has_code(published[#published], plan.wait_code))
end, 20)
if not ok then fail('no publishDiagnostics with ' .. tostring(plan.wait_code) .. ' within 15 s (got ' .. #published .. ')') end
results.diagnostics = published[#published]
-- What Neovim itself shows (vim.diagnostic, fed by the default handler).
local shown = {}
for _, d in ipairs(vim.diagnostic.get(bufnr)) do
  table.insert(shown, { lnum = d.lnum, col = d.col, severity = d.severity, message = d.message, code = d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code) or vim.NIL })
end
results.shown = shown
results.server_name = client.server_capabilities and 'ok' or vim.NIL

-- 2. Completion and hover at the planned positions.
local function request(method, params)
  local resp = client.request_sync(method, params, 5000, bufnr)
  if not resp then return { error = 'timeout' } end
  if resp.err then return { error = resp.err.message or vim.inspect(resp.err) } end
  return { result = resp.result == nil and vim.NIL or resp.result }
end

results.completion = {}
for _, pos in ipairs(plan.completion or {}) do
  local r = request('textDocument/completion', { textDocument = { uri = uri }, position = { line = pos[1], character = pos[2] } })
  local labels, texts = {}, {}
  if r.result and r.result ~= vim.NIL then
    for _, item in ipairs(r.result.items or r.result) do
      table.insert(labels, item.label)
      -- What accepting the item inserts (its edit, else its insert text, else its label).
      table.insert(texts, (item.textEdit and item.textEdit.newText) or item.insertText or item.label)
    end
  end
  table.insert(results.completion, { position = pos, labels = labels, texts = texts, error = r.error or vim.NIL })
end

results.hover = {}
for _, pos in ipairs(plan.hover or {}) do
  local r = request('textDocument/hover', { textDocument = { uri = uri }, position = { line = pos[1], character = pos[2] } })
  local text = ''
  if r.result and r.result ~= vim.NIL then
    local contents = r.result.contents
    if type(contents) == 'string' then text = contents
    elseif contents.value then text = contents.value
    else for _, c in ipairs(contents) do text = text .. (type(c) == 'string' and c or c.value) .. '\n' end end
  end
  table.insert(results.hover, { position = pos, text = text, error = r.error or vim.NIL })
end

if plan.symbols then
  local r = request('textDocument/documentSymbol', { textDocument = { uri = uri } })
  local names = {}
  if r.result and r.result ~= vim.NIL then for _, sym in ipairs(r.result) do table.insert(names, sym.name) end end
  results.symbols = names
end

-- 3. Quick fix: ask for the code actions of the diagnostic, apply the first
--    quick fix through Neovim's own workspace-edit code, and wait for the
--    server to re-check the changed buffer.
if plan.code_action then
  local target
  for _, d in ipairs(results.diagnostics) do if d.code == plan.code_action then target = d; break end end
  local action = { requested = plan.code_action, titles = {}, applied = false }
  if target then
    local r = request('textDocument/codeAction', { textDocument = { uri = uri }, range = target.range, context = { diagnostics = { target } } })
    local actions = (r.result ~= vim.NIL and r.result) or {}
    for _, a in ipairs(actions) do table.insert(action.titles, a.title) end
    local chosen = actions[1]
    if chosen and chosen.edit then
      local before = #published
      vim.lsp.util.apply_workspace_edit(chosen.edit, client.offset_encoding or 'utf-16')
      action.applied = true
      action.title = chosen.title
      vim.wait(10000, function() return #published > before and not has_code(published[#published], plan.code_action) end, 20)
      action.after = codes(published[#published])
      action.buffer = vim.api.nvim_buf_get_lines(bufnr, 0, -1, false)
    end
  end
  results.code_action = action
end

-- 4. Rename: ask the server, apply its workspace edit with Neovim's own code.
if plan.rename then
  local pos = plan.rename
  local prepared = request('textDocument/prepareRename', { textDocument = { uri = uri }, position = { line = pos[1], character = pos[2] } })
  local r = request('textDocument/rename', { textDocument = { uri = uri }, position = { line = pos[1], character = pos[2] }, newName = pos[3] })
  local applied = false
  if r.result and r.result ~= vim.NIL then
    vim.lsp.util.apply_workspace_edit(r.result, client.offset_encoding or 'utf-16')
    applied = true
  end
  results.rename = {
    placeholder = (prepared.result and prepared.result ~= vim.NIL and prepared.result.placeholder) or vim.NIL,
    error = r.error or vim.NIL,
    applied = applied,
    buffer = vim.api.nvim_buf_get_lines(bufnr, 0, -1, false),
  }
end

-- 5. Other requests, answered as the server sent them: { method, line, character }
--    for position requests, { method, query } for workspace/symbol.
results.requests = {}
for _, req in ipairs(plan.requests or {}) do
  local params
  if req.query ~= nil then params = { query = req.query }
  else params = { textDocument = { uri = uri }, position = { line = req.line, character = req.character } } end
  local r = request(req.method, params)
  table.insert(results.requests, { method = req.method, result = r.result or vim.NIL, error = r.error or vim.NIL })
end

-- 6. Formatting: apply the server's text edits to the buffer.
if plan.format then
  local r = request('textDocument/formatting', { textDocument = { uri = uri }, options = { tabSize = 4, insertSpaces = true } })
  local count = 0
  if r.result and r.result ~= vim.NIL then
    count = #r.result
    vim.lsp.util.apply_text_edits(r.result, bufnr, client.offset_encoding or 'utf-16')
  end
  results.format = { edits = count, error = r.error or vim.NIL, buffer = vim.api.nvim_buf_get_lines(bufnr, 0, -1, false), fileformat = vim.bo[bufnr].fileformat }
end

local f = assert(io.open(result_path, 'w'))
f:write(vim.fn.json_encode(results))
f:close()
out('DONE ' .. #results.diagnostics .. ' diagnostics')
vim.lsp.stop_client(client_id)
vim.wait(2000, function() return vim.lsp.get_client_by_id(client_id) == nil end, 20)
vim.cmd('qall!')
