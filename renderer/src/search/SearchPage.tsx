import { Alert, Kbd, Text } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { useSearchParams } from 'react-router';
import { SEARCH_MIN_CHARS } from '../../../shared/catalog';
import { PageHeader } from '../components/PageHeader';
import { SearchResults } from './SearchResults';

export function SearchPage() {
  const [params] = useSearchParams();
  const query = (params.get('q') ?? '').trim();
  const long = [...query.replace(/[\s\u3000]/g, '')].length >= SEARCH_MIN_CHARS;
  return (
    <>
      <PageHeader
        title={query ? `搜索“${query}”` : '搜索'}
        windowTitle="搜索"
        description="在本院的问题台账、线索和案件，以及所有专项行动的重点任务、检查要点和统计表行中查找，点结果直接打开原处。"
      />
      {long ? (
        <SearchResults query={query} />
      ) : (
        <Alert color="blue" variant="light" icon={<IconInfoCircle size={18} />} data-testid="search-hint">
          <Text size="sm">
            请在上方搜索框输入至少 {SEARCH_MIN_CHARS} 个字，例如“回扣”“医保基金”“高值医用耗材”，然后按回车。随时按 <Kbd size="xs">Ctrl</Kbd> +{' '}
            <Kbd size="xs">K</Kbd> 或 <Kbd size="xs">/</Kbd> 可定位到搜索框。
          </Text>
        </Alert>
      )}
    </>
  );
}
