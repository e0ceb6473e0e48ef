-- Brik in Neovim's built-in LSP client, for test/editors/neovim.test.ts:
--
--   PATH=…(a folder with brik-language-server):$PATH BRIK_RESULT=out.json \
--     nvim --headless --clean -u test/editors/brik-lsp.lua FILE.brik
--
-- The first part, between the markers, is the set-up docs/editors.md gives users, character for
-- character (the test checks that); the second, run only when BRIK_RESULT is set, waits for
-- diagnostics, asks for a hover and writes both as JSON.

-- >>> docs/editors.md
-- Brik for Neovim 0.7 (Debian 12's) and later, in init.lua.
-- Needs brik-language-server on the PATH: npm install -g ./packages/cli in a Brik checkout.
vim.cmd('autocmd BufRead,BufNewFile *.brik setfiletype brik')

-- The workspace: the nearest folder above the file with .git in it, else the file's own folder.
local function brik_root(file)
  local dir = vim.fn.fnamemodify(file, ':p:h')
  local git = vim.fn.finddir('.git', dir .. ';')
  if git ~= '' then
    return vim.fn.fnamemodify(git, ':p:h:h')
  end
  git = vim.fn.findfile('.git', dir .. ';') -- a git worktree has a .git file
  return git ~= '' and vim.fn.fnamemodify(git, ':p:h') or dir
end

local brik_clients = {} -- before Neovim 0.8: one server per workspace
vim.api.nvim_create_autocmd('FileType', {
  pattern = 'brik',
  callback = function(args)
    local config = {
      name = 'brik',
      cmd = { 'brik-language-server', '--stdio' },
      root_dir = brik_root(vim.api.nvim_buf_get_name(args.buf)),
      settings = { brik = { locale = 'da', inlayHints = { enabled = true } } },
    }
    if vim.lsp.start then -- Neovim 0.8 and later
      vim.lsp.start(config, { bufnr = args.buf })
    else
      brik_clients[config.root_dir] = brik_clients[config.root_dir] or vim.lsp.start_client(config)
      vim.lsp.buf_attach_client(args.buf, brik_clients[config.root_dir])
    end
  end,
})
-- <<< docs/editors.md

local result_file = os.getenv('BRIK_RESULT')
if not result_file then
  return
end

local timeout = tonumber(os.getenv('BRIK_TIMEOUT_MS') or '30000')

local function code_of(diagnostic)
  return diagnostic.code or (diagnostic.user_data and diagnostic.user_data.lsp and diagnostic.user_data.lsp.code)
end

local function hover_text(contents)
  if type(contents) == 'string' then
    return contents
  elseif contents.value then -- MarkupContent or MarkedString
    return contents.value
  end
  local parts = {}
  for _, part in ipairs(contents) do
    table.insert(parts, hover_text(part))
  end
  return table.concat(parts, '\n')
end

local function run()
  local result = { nvim = vim.fn.matchstr(vim.fn.execute('version'), 'NVIM v[0-9.]\\+') }
  local ok, err = pcall(function()
    local buf = vim.api.nvim_get_current_buf()
    result.filetype = vim.bo[buf].filetype
    local expected = os.getenv('BRIK_EXPECT_CODE') or 'brik/total-mismatch'
    result.waited = vim.wait(timeout, function()
      for _, d in ipairs(vim.diagnostic.get(buf)) do
        if code_of(d) == expected then
          return true
        end
      end
      return false
    end, 20)
    local client = vim.lsp.get_active_clients()[1]
    result.root_dir = client and client.config.root_dir
    result.diagnostics = {}
    for _, d in ipairs(vim.diagnostic.get(buf)) do
      table.insert(result.diagnostics, {
        code = code_of(d), message = d.message, severity = d.severity,
        lnum = d.lnum, col = d.col, end_lnum = d.end_lnum, end_col = d.end_col,
      })
    end
    local params = {
      textDocument = { uri = vim.uri_from_bufnr(buf) },
      position = { line = tonumber(os.getenv('BRIK_HOVER_LINE')), character = tonumber(os.getenv('BRIK_HOVER_CHARACTER')) },
    }
    local responses, request_error = vim.lsp.buf_request_sync(buf, 'textDocument/hover', params, timeout)
    result.hover_error = request_error
    result.hover = ''
    for _, response in pairs(responses or {}) do
      if response.error then
        result.hover_error = response.error.message
      elseif response.result and response.result.contents then
        result.hover = result.hover .. hover_text(response.result.contents)
      end
    end
  end)
  if not ok then
    result.error = tostring(err)
  end
  vim.fn.writefile({ vim.fn.json_encode(result) }, result_file)
  vim.cmd('qall!')
end

vim.api.nvim_create_autocmd('VimEnter', { callback = run })
