-- Driven by lsp_neovim_test.cpp: Neovim's own LSP client (`nvim --headless`) against
-- `elenchus lsp`. It opens the file, waits for the logical diagnostics, asks a hover and
-- formats the buffer, then writes what it saw as JSON for the test to judge. Works with
-- Debian 12's Neovim 0.7 and later ones.
local binary = os.getenv('ELENCHUS_BINARY')
local file = os.getenv('LSP_FILE')
local result_path = os.getenv('LSP_RESULT')
local result = { steps = {} }

local function finish(status)
  local f = assert(io.open(result_path, 'w'))
  f:write(vim.fn.json_encode(result))
  f:close()
  vim.cmd(status == 0 and 'qall!' or ('cquit ' .. status))
end

local function run()
  vim.cmd('edit ' .. vim.fn.fnameescape(file))
  local buf = vim.api.nvim_get_current_buf()
  local client_id = vim.lsp.start_client({
    name = 'elenchus',
    cmd = { binary, 'lsp', '--debounce', '0.05' },
    root_dir = vim.fn.fnamemodify(file, ':p:h'),
  })
  assert(client_id, 'the client did not start')
  assert(vim.lsp.buf_attach_client(buf, client_id), 'the client did not attach')
  table.insert(result.steps, 'attached')

  -- The logical verdicts come after the debounce, with the front end's diagnostics.
  local verdicts = vim.wait(60000, function()
    for _, d in ipairs(vim.diagnostic.get(buf)) do
      if d.code == 'inconsistent-set' then return true end
    end
    return false
  end, 50)
  assert(verdicts, 'no logical diagnostics within 60 s')
  result.diagnostics = {}
  for _, d in ipairs(vim.diagnostic.get(buf)) do
    table.insert(result.diagnostics, { lnum = d.lnum, col = d.col, code = d.code, severity = d.severity,
                                       message = d.message })
  end
  table.insert(result.steps, 'diagnostics')

  local params = {
    textDocument = { uri = vim.uri_from_bufnr(buf) },
    position = { line = tonumber(os.getenv('LSP_HOVER_LINE')), character = tonumber(os.getenv('LSP_HOVER_CHARACTER')) },
  }
  local replies = vim.lsp.buf_request_sync(buf, 'textDocument/hover', params, 10000)
  assert(replies and replies[client_id] and replies[client_id].result, 'no hover')
  result.hover = replies[client_id].result.contents.value
  table.insert(result.steps, 'hover')

  if vim.lsp.buf.format then
    vim.lsp.buf.format({ timeout_ms = 10000 })
  else
    vim.lsp.buf.formatting_sync(nil, 10000)
  end
  result.formatted = table.concat(vim.api.nvim_buf_get_lines(buf, 0, -1, false), '\n') .. '\n'
  table.insert(result.steps, 'formatted')
end

local ok, err = pcall(run)
if not ok then
  result.error = tostring(err)
  finish(1)
else
  finish(0)
end
