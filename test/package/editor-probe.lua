-- Packaging tier: after an editor set-up copied from docs/editors.md has been
-- sourced and a Sysprep file opened, waits for the diagnostics Neovim shows,
-- then opens an unrelated text file, and writes what it saw as JSON to
-- $RESEAL_RESULT: the diagnostics, the clients attached to each buffer and
-- the command they run. test/package/npm.test.ts asserts on it.
local function clients_of(buf)
  if vim.lsp.get_clients then return vim.lsp.get_clients({ bufnr = buf }) end
  return vim.tbl_values(vim.lsp.buf_get_clients(buf))
end
local function describe(buf)
  local list = {}
  for _, c in ipairs(clients_of(buf)) do table.insert(list, { name = c.name, cmd = c.config.cmd }) end
  return list
end

local result = { diagnostics = {} }
local buf = vim.api.nvim_get_current_buf()
result.waited = vim.wait(30000, function() return #vim.diagnostic.get(buf) > 0 end, 50)
for _, d in ipairs(vim.diagnostic.get(buf)) do
  table.insert(result.diagnostics, {
    lnum = d.lnum,
    severity = d.severity,
    message = d.message,
    code = d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code) or vim.NIL,
  })
end
result.clients = describe(buf)

vim.cmd('edit notes.txt')
vim.wait(300)
result.unrelated_clients = describe(vim.api.nvim_get_current_buf())

local file = io.open(vim.env.RESEAL_RESULT, 'w')
file:write(vim.fn.json_encode(result))
file:close()
vim.cmd('qa!')
