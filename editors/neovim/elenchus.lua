-- Neovim: `elenchus lsp` for .arg files. Put this file in ~/.config/nvim/plugin/ (or
-- `require` it from init.lua); needs `elenchus` on PATH. Works with Neovim 0.7 (Debian 12)
-- and later; from 0.8 on, vim.lsp.start would do the same in fewer lines.
vim.cmd([[autocmd BufRead,BufNewFile *.arg setfiletype elenchus]])

vim.api.nvim_create_autocmd('FileType', {
  pattern = 'elenchus',
  callback = function(args)
    local root = vim.fn.fnamemodify(vim.api.nvim_buf_get_name(args.buf), ':p:h')
    -- One server per directory: reuse it for every .arg buffer under it.
    for _, client in pairs(vim.lsp.get_active_clients()) do
      if client.name == 'elenchus' and client.config.root_dir == root then
        vim.lsp.buf_attach_client(args.buf, client.id)
        return
      end
    end
    local id = vim.lsp.start_client({ name = 'elenchus', cmd = { 'elenchus', 'lsp' }, root_dir = root })
    if id then vim.lsp.buf_attach_client(args.buf, id) end
  end,
})
