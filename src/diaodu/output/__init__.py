"""④ Output: what people see — the web app (``output.web``) and the Word and Excel report builders."""
