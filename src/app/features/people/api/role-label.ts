/** How a role reads on the page: the reporter credit in Chinese, titles as the text gives them. */
export function roleLabel(role: string): string {
  return role === "reporter" ? "记者/通讯员（署名）" : role;
}
