import type { EditorForm } from '../../editor-form';
import type { FieldFeedback } from '../../hooks/editor/useProductForm';
import { ChipsField } from './ChipsField';
import { EditorSection } from './EditorSection';
import { EditorTextField } from './EditorTextField';

type Seo = EditorForm['seo'];

/** What search engines show; the counters follow the lengths they cut at. */
export function SeoSection({ seo, onChange, feedback }: { seo: Seo; onChange(seo: Seo): void; feedback: FieldFeedback }) {
  return (
    <EditorSection id="seo" title="Search engines (SEO)">
      <EditorTextField
        path="seo.title"
        label="SEO title"
        value={seo.title}
        onChange={(title) => onChange({ ...seo, title })}
        feedback={feedback}
        counter={70}
        hint="The title in search results"
      />
      <EditorTextField
        path="seo.description"
        label="SEO description"
        multiline
        minRows={2}
        value={seo.description}
        onChange={(description) => onChange({ ...seo, description })}
        feedback={feedback}
        counter={160}
        hint="The snippet under the title"
      />
      <ChipsField path="seo.keywords" label="SEO keywords" values={seo.keywords} onChange={(keywords) => onChange({ ...seo, keywords })} feedback={feedback} />
    </EditorSection>
  );
}
