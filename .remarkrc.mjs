// remark-cli and the VS Code remark extension lint README.md with the catalogue's rules.
// Compile first (npm ci or npm run build): the preset is dist/remark-preset.js.
export default { plugins: ['./dist/remark-preset.js'] };
